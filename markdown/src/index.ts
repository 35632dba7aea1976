export { markdownPreview } from './markdownPreview.ts';
export type { Align, Block, Inline, ListItem } from './markdownTree.ts';
export { type ParseOptions, parseMarkdown } from './parseMarkdown.ts';
export { renderMarkdownHtml } from './renderMarkdownHtml.ts';
export { type NodeOptions, renderMarkdownNodes } from './renderMarkdownNodes.ts';
export { renderMarkdownText } from './renderMarkdownText.ts';
export { safeHref } from './safeHref.ts';
export { updateChildren } from './updateChildren.ts';
