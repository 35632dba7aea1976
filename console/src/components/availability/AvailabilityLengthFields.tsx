import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { AvailabilityDraft } from '../../lib/availabilityDraft.ts';
import type { FieldErrors } from '../../lib/botDraft.ts';
import { Field } from '../Field.tsx';

interface DraftProps {
  draft: AvailabilityDraft;
  setDraft: SetStoreFunction<AvailabilityDraft>;
  errors: FieldErrors;
}

/** The lengths of bookings: slot step, the durations offered, buffer, notice and how far ahead. */
export function AvailabilityLengthFields(props: DraftProps) {
  return (
    <div class="field-row three">
      <NumberField {...props} name="slotMinutes" label={t.bookings.slotMinutes} />
      <Field label={t.bookings.durations} error={props.errors.durationsMinutes}>
        {(id, describedBy, invalid) => (
          <input
            id={id}
            value={props.draft.durationsMinutes}
            aria-describedby={describedBy()}
            aria-invalid={invalid()}
            onInput={(event) => props.setDraft('durationsMinutes', event.currentTarget.value)}
          />
        )}
      </Field>
      <NumberField {...props} name="bufferMinutes" label={t.bookings.buffer} />
      <NumberField {...props} name="minNoticeMinutes" label={t.bookings.minNotice} />
      <NumberField {...props} name="maxDaysAhead" label={t.bookings.maxDaysAhead} />
    </div>
  );
}

function NumberField(
  props: DraftProps & { name: 'slotMinutes' | 'bufferMinutes' | 'minNoticeMinutes' | 'maxDaysAhead'; label: string },
) {
  return (
    <Field label={props.label} error={props.errors[props.name]}>
      {(id, describedBy, invalid) => (
        <input
          id={id}
          inputMode="numeric"
          value={props.draft[props.name]}
          aria-describedby={describedBy()}
          aria-invalid={invalid()}
          onInput={(event) => props.setDraft(props.name, event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
