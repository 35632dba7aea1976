import { renderMarkdownNodes, updateChildren } from '@frontdesk/markdown/dom';
import { createRenderEffect } from 'solid-js';

/**
 * A reply's Markdown as the widget shows it (@frontdesk/markdown: DOM nodes, never HTML, so whatever the
 * model wrote stays inert). A streaming reply is rendered anew as it grows, touching only what changed.
 */
export function MarkdownText(props: { text: string; streaming: boolean; class?: string }) {
  const container = (<div class={`markdown ${props.class ?? ''}`.trim()} />) as HTMLDivElement;
  createRenderEffect(() => updateChildren(container, renderMarkdownNodes(props.text, { streaming: props.streaming })));
  return container;
}
