/** The renderer's outputs that need no DOM: the tree, mail HTML and plain text, the one-line preview. DOM nodes: `./dom`. */
export { markdownPreview } from './markdownPreview.ts';
export type { Align, Block, Inline, ListItem } from './markdownTree.ts';
export { type ParseOptions, parseMarkdown } from './parseMarkdown.ts';
export { renderMarkdownHtml } from './renderMarkdownHtml.ts';
export { renderMarkdownText } from './renderMarkdownText.ts';
export { safeHref } from './safeHref.ts';
