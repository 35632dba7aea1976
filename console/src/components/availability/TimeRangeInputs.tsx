import { t } from '../../i18n/strings.ts';

/**
 * From and to times of one range (labelled "<label>: From" and "…: To") and its remove button (named
 * "Remove: <label>" unless told otherwise). Values are read inside the attributes, so typing updates an
 * input in place instead of re-creating it (and losing the focus).
 */
export function TimeRangeInputs(props: {
  label: string;
  start: string;
  end: string;
  onInput: (key: 'start' | 'end', value: string) => void;
  removeLabel?: string;
  onRemove: () => void;
}) {
  return (
    <>
      <TimeInput
        label={`${props.label}: ${t.bookings.from}`}
        value={props.start}
        onInput={(value) => props.onInput('start', value)}
      />
      <span aria-hidden="true">–</span>
      <TimeInput
        label={`${props.label}: ${t.bookings.to}`}
        value={props.end}
        onInput={(value) => props.onInput('end', value)}
      />
      <button
        type="button"
        class="link-button"
        aria-label={props.removeLabel ?? `${t.remove}: ${props.label}`}
        onClick={() => props.onRemove()}
      >
        {t.remove}
      </button>
    </>
  );
}

function TimeInput(props: { label: string; value: string; onInput: (value: string) => void }) {
  return (
    <input
      type="time"
      step={300}
      aria-label={props.label}
      value={props.value}
      onInput={(event) => props.onInput(event.currentTarget.value)}
    />
  );
}
