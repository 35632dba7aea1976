import { Field } from '../Field.tsx';

/** One single-line setting (model, temperature, a limit), typed as text and validated on save. */
export function SettingsTextField(props: {
  label: string;
  hint?: string;
  inputMode?: 'numeric' | 'decimal';
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(id, describedBy, invalid) => (
        <input
          id={id}
          inputMode={props.inputMode}
          value={props.value}
          aria-describedby={describedBy()}
          aria-invalid={invalid()}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
