import { createSignal } from 'solid-js';

export function Composer(props: { placeholder: string; disabled: boolean; onSend: (text: string) => void }) {
  const [text, setText] = createSignal('');
  const submit = (event: Event) => {
    event.preventDefault();
    const value = text().trim();
    if (!value || props.disabled) return;
    props.onSend(value);
    setText('');
  };
  return (
    <form class="composer" onSubmit={submit}>
      <textarea
        rows={1}
        aria-label="Message"
        placeholder={props.placeholder}
        value={text()}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) submit(event);
        }}
      />
      <button type="submit" disabled={props.disabled || !text().trim()}>
        Send
      </button>
    </form>
  );
}
