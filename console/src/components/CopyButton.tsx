import { createSignal } from 'solid-js';
import { t } from '../i18n/strings.ts';

/** Copies text to the clipboard and says so in a polite live region. */
export function CopyButton(props: { text: string; label: string }) {
  const [status, setStatus] = createSignal('');
  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text);
      setStatus(t.copied);
    } catch {
      setStatus(t.errors.generic);
    }
  }
  return (
    <span class="copy">
      <button type="button" class="secondary" onClick={() => void copy()}>
        {props.label}
      </button>
      <span role="status" class="copy-status">
        {status()}
      </span>
    </span>
  );
}
