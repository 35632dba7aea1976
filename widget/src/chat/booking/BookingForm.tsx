import { For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Strings } from '../strings.ts';
import { type BookingFormErrors, type BookingFormValues, validateBookingForm } from './validateBookingForm.ts';

const fields = [
  { key: 'name', type: 'text', autocomplete: 'name', required: true },
  { key: 'email', type: 'email', autocomplete: 'email', required: true },
  { key: 'phone', type: 'tel', autocomplete: 'tel', required: false },
  { key: 'notes', type: 'textarea', autocomplete: 'off', required: false },
] as const;

/** Name, email, optional phone and notes; checked before the confirm step. */
export function BookingForm(props: {
  t: Strings;
  initial: BookingFormValues;
  onBack: () => void;
  onSubmit: (values: BookingFormValues) => void;
}) {
  const [values, setValues] = createStore<BookingFormValues>({ ...props.initial });
  const [errors, setErrors] = createStore<{ current: BookingFormErrors }>({ current: {} });
  const labels = () => ({
    name: props.t.name,
    email: props.t.email,
    phone: props.t.phoneOptional,
    notes: props.t.notesOptional,
  });
  const errorText = (problem: BookingFormErrors[keyof BookingFormValues]) =>
    problem === 'required'
      ? props.t.required
      : problem === 'invalidEmail'
        ? props.t.invalidEmail
        : props.t.invalidField;
  let form: HTMLFormElement | undefined;
  return (
    <form
      ref={form}
      class="slots"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateBookingForm(values);
        setErrors('current', found);
        const first = fields.find((field) => found[field.key]);
        if (first) form?.querySelector<HTMLElement>(`[name="${first.key}"]`)?.focus();
        else props.onSubmit({ ...values });
      }}
    >
      <For each={fields}>
        {(field) => {
          const id = `fd-booking-${field.key}`;
          const invalid = () => Boolean(errors.current[field.key]);
          const common = {
            id,
            name: field.key,
            autocomplete: field.autocomplete,
            get 'aria-invalid'() {
              return invalid();
            },
            'aria-describedby': `${id}-error`,
          };
          return (
            <div class="field">
              <label for={id}>{labels()[field.key]}</label>
              <Show
                when={field.type === 'textarea'}
                fallback={
                  <input
                    {...common}
                    type={field.type}
                    required={field.required}
                    value={values[field.key]}
                    onInput={(event) => setValues(field.key, event.currentTarget.value)}
                  />
                }
              >
                <textarea
                  {...common}
                  rows={2}
                  maxLength={1000}
                  value={values[field.key]}
                  onInput={(event) => setValues(field.key, event.currentTarget.value)}
                />
              </Show>
              <span class="field-error" id={`${id}-error`}>
                {errors.current[field.key] ? errorText(errors.current[field.key]) : ''}
              </span>
            </div>
          );
        }}
      </For>
      <div class="card-actions">
        <button type="button" class="secondary" onClick={() => props.onBack()}>
          {props.t.back}
        </button>
        <button type="submit" class="primary" data-testid="booking-continue">
          {props.t.review}
        </button>
      </div>
    </form>
  );
}
