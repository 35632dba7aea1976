import { renderMarkdownNodes, updateChildren } from '@frontdesk/markdown/dom';
import { createRenderEffect } from 'solid-js';

/**
 * A reply's Markdown as DOM nodes (@frontdesk/markdown: no innerHTML, nothing executable). While the reply
 * streams it is rendered anew as it grows, with its unfinished end read as it will most likely end, and only
 * the nodes that changed are touched: nothing flickers and a table or code block keeps its sideways scroll.
 */
export function MarkdownText(props: { text: string; streaming: boolean }) {
  const container = (<div class="markdown" />) as HTMLDivElement;
  createRenderEffect(() => updateChildren(container, renderMarkdownNodes(props.text, { streaming: props.streaming })));
  return container;
}
