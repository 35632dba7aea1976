import { createSignal } from 'solid-js';
import type { Strings } from '../strings.ts';

/**
 * The message field: Enter sends, Shift+Enter adds a line. While a reply is on its way the visitor can
 * keep typing, but sends when it has arrived.
 */
export function Composer(props: {
  t: Strings;
  placeholder: string;
  busy: boolean;
  onSend: (text: string) => void;
  ref: (element: HTMLTextAreaElement) => void;
}) {
  const [text, setText] = createSignal('');
  let field: HTMLTextAreaElement | undefined;
  const fit = () => {
    if (!field) return;
    // CSSOM, not a style attribute: allowed under a strict CSP.
    field.style.setProperty('height', 'auto');
    field.style.setProperty('height', `${Math.min(field.scrollHeight + 2, 140)}px`);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const value = text().trim();
    if (!value || props.busy) return;
    props.onSend(value);
    setText('');
    queueMicrotask(fit);
  };
  return (
    <form class="composer" onSubmit={submit}>
      <textarea
        ref={(element) => {
          field = element;
          props.ref(element);
        }}
        rows={1}
        aria-label={props.t.messageLabel}
        placeholder={props.placeholder}
        value={text()}
        maxLength={4000}
        enterkeyhint="send"
        onInput={(event) => {
          setText(event.currentTarget.value);
          fit();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) submit(event);
        }}
      />
      <button type="submit" class="send" disabled={props.busy || !text().trim()}>
        {props.t.send}
      </button>
    </form>
  );
}
