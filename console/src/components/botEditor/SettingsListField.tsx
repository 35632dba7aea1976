import { Field } from '../Field.tsx';

/** A setting that is a list, one entry per line (origins, addresses): no spell check, validated on save. */
export function SettingsListField(props: {
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(id, describedBy, invalid) => (
        <textarea
          id={id}
          rows={4}
          spellcheck={false}
          value={props.value}
          aria-describedby={describedBy()}
          aria-invalid={invalid()}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
