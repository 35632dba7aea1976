/** The DOM output, for the widget and the console: nodes from Markdown, and updating rendered nodes in place. */
export { type NodeOptions, renderMarkdownNodes } from './renderMarkdownNodes.ts';
export { updateChildren } from './updateChildren.ts';
