import { createUniqueId, For } from 'solid-js';
import { knownTimezones } from '../lib/browserTimezone.ts';

/** A text input for an IANA timezone with the browser's zones as suggestions. */
export function TimezoneInput(props: {
  id: string;
  value: string;
  onInput: (value: string) => void;
  describedBy?: string | undefined;
  disabled?: boolean;
}) {
  const listId = createUniqueId();
  return (
    <>
      <input
        id={props.id}
        type="text"
        list={listId}
        required
        autocomplete="off"
        spellcheck={false}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <datalist id={listId}>
        <For each={knownTimezones()}>{(zone) => <option value={zone} />}</For>
      </datalist>
    </>
  );
}
