import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { AvailabilityDraft } from '../../lib/availabilityDraft.ts';
import type { FieldErrors } from '../../lib/botDraft.ts';
import { Field } from '../Field.tsx';

/** Confirmation mode and its expiry, reminders, and what the calendar feed shows. */
export function BookingRulesFields(props: {
  draft: AvailabilityDraft;
  setDraft: SetStoreFunction<AvailabilityDraft>;
  errors: FieldErrors;
}) {
  const check = (key: 'confirmationRequired' | 'feedIncludesNotes', label: string) => (
    <label class="check">
      <input
        type="checkbox"
        data-testid={key}
        checked={props.draft[key]}
        onChange={(event) => props.setDraft(key, event.currentTarget.checked)}
      />{' '}
      {label}
    </label>
  );
  const hours = (key: 'requestExpiryHours' | 'reminderHours', label: string) => (
    <Field label={label} error={props.errors[key]}>
      {(id, describedBy, invalid) => (
        <input
          id={id}
          inputMode="numeric"
          data-testid={key}
          value={props.draft[key]}
          aria-describedby={describedBy()}
          aria-invalid={invalid()}
          onInput={(event) => props.setDraft(key, event.currentTarget.value)}
        />
      )}
    </Field>
  );
  return (
    <>
      <h3>{t.bookings.rules}</h3>
      {check('confirmationRequired', t.bookings.confirmationRequired)}
      <div class="field-row">
        {hours('requestExpiryHours', t.bookings.requestExpiryHours)}
        {hours('reminderHours', t.bookings.reminderHours)}
      </div>
      {check('feedIncludesNotes', t.bookings.feedIncludesNotes)}
    </>
  );
}
