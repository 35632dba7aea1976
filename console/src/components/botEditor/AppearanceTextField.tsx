import { Field } from '../Field.tsx';

/** One single-line text of the widget's appearance, with its validation error. */
export function AppearanceTextField(props: {
  label: string;
  maxLength: number;
  value: string;
  error: string | undefined;
  onInput: (value: string) => void;
}) {
  return (
    <Field label={props.label} error={props.error}>
      {(id, describedBy, invalid) => (
        <input
          id={id}
          maxLength={props.maxLength}
          value={props.value}
          aria-describedby={describedBy()}
          aria-invalid={invalid()}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
