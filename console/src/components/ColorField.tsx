import { createUniqueId, Show } from 'solid-js';

/**
 * A hex colour as text (typed, pasted, validated) next to the browser's colour picker. Optional colours may be
 * left empty to keep the widget's default.
 */
export function ColorField(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  optional?: boolean;
  disabled?: boolean;
}) {
  const id = createUniqueId();
  const valid = () => /^#[0-9a-fA-F]{6}$/.test(props.value);
  return (
    <div class="field color-field">
      <label for={id}>{props.label}</label>
      <div class="color-inputs">
        <input
          id={id}
          type="text"
          inputmode="text"
          spellcheck={false}
          placeholder={props.optional ? 'default' : '#4f46e5'}
          value={props.value}
          disabled={props.disabled}
          aria-invalid={Boolean(props.error)}
          aria-describedby={props.error ? `${id}-error` : undefined}
          onInput={(event) => props.onInput(event.currentTarget.value.trim())}
        />
        <input
          type="color"
          aria-label={`${props.label}: picker`}
          value={valid() ? props.value : '#ffffff'}
          disabled={props.disabled}
          onInput={(event) => props.onInput(event.currentTarget.value)}
        />
      </div>
      <Show when={props.error}>
        <p class="field-error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
