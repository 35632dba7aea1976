import { createMemo } from 'solid-js';
import { renderMarkdown } from '../lib/renderMarkdown.ts';

/** A reply's markdown as DOM nodes (see renderMarkdown: no innerHTML, nothing executable). */
export function MarkdownText(props: { text: string }) {
  const nodes = createMemo(() => renderMarkdown(props.text));
  return <>{nodes()}</>;
}
