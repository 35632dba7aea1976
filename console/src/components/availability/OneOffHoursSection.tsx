import { Index } from 'solid-js';
import { produce, type SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { AvailabilityDraft } from '../../lib/availabilityDraft.ts';
import type { FieldErrors } from '../../lib/botDraft.ts';
import { todayDate } from '../../lib/todayDate.ts';
import { ExtraHoursList } from './ExtraHoursList.tsx';
import { TimeRangeInputs } from './TimeRangeInputs.tsx';

/** Extra hours on single dates, beside the weekly ones. */
export function OneOffHoursSection(props: {
  draft: AvailabilityDraft;
  setDraft: SetStoreFunction<AvailabilityDraft>;
  errors: FieldErrors;
}) {
  return (
    <ExtraHoursList
      title={t.bookings.oneOff}
      error={props.errors.oneOff}
      addLabel={t.bookings.addOneOff}
      onAdd={() =>
        props.setDraft(
          'oneOff',
          produce((items) => items.push({ date: todayDate(), start: '09:00', end: '12:00' })),
        )
      }
    >
      <Index each={props.draft.oneOff}>
        {(item, index) => (
          <div class="range">
            <input
              type="date"
              aria-label={`${t.bookings.oneOff} ${index + 1}: ${t.bookings.date}`}
              value={item().date}
              onInput={(event) => props.setDraft('oneOff', index, 'date', event.currentTarget.value)}
            />
            <TimeRangeInputs
              label={`${t.bookings.oneOff} ${index + 1}`}
              start={item().start}
              end={item().end}
              onInput={(key, value) => props.setDraft('oneOff', index, key, value)}
              onRemove={() => props.setDraft('oneOff', (items) => items.filter((_, at) => at !== index))}
            />
          </div>
        )}
      </Index>
    </ExtraHoursList>
  );
}
