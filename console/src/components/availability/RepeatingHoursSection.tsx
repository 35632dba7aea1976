import { Index } from 'solid-js';
import { produce, type SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { AvailabilityDraft } from '../../lib/availabilityDraft.ts';
import type { FieldErrors } from '../../lib/botDraft.ts';
import { todayDate } from '../../lib/todayDate.ts';
import { ExtraHoursList } from './ExtraHoursList.tsx';
import { TimeRangeInputs } from './TimeRangeInputs.tsx';

/** Extra hours that repeat every day or every week within a span of dates. */
export function RepeatingHoursSection(props: {
  draft: AvailabilityDraft;
  setDraft: SetStoreFunction<AvailabilityDraft>;
  errors: FieldErrors;
}) {
  return (
    <ExtraHoursList
      title={t.bookings.repeating}
      error={props.errors.repeating}
      addLabel={t.bookings.addRepeating}
      onAdd={() =>
        props.setDraft(
          'repeating',
          produce((items) => items.push({ every: 'week', from: todayDate(), until: '', start: '18:00', end: '20:00' })),
        )
      }
    >
      <Index each={props.draft.repeating}>
        {(item, index) => (
          <div class="range range-wrap">
            <select
              aria-label={`${t.bookings.repeating} ${index + 1}: ${t.bookings.every}`}
              value={item().every}
              onChange={(event) =>
                props.setDraft('repeating', index, 'every', event.currentTarget.value as 'day' | 'week')
              }
            >
              <option value="day">{t.bookings.everyDay}</option>
              <option value="week">{t.bookings.everyWeek}</option>
            </select>
            <label class="inline-label">
              {t.bookings.startsOn}
              <input
                type="date"
                value={item().from}
                onInput={(event) => props.setDraft('repeating', index, 'from', event.currentTarget.value)}
              />
            </label>
            <label class="inline-label">
              {t.bookings.until}
              <input
                type="date"
                value={item().until}
                onInput={(event) => props.setDraft('repeating', index, 'until', event.currentTarget.value)}
              />
            </label>
            <TimeRangeInputs
              label={`${t.bookings.repeating} ${index + 1}`}
              start={item().start}
              end={item().end}
              onInput={(key, value) => props.setDraft('repeating', index, key, value)}
              onRemove={() => props.setDraft('repeating', (items) => items.filter((_, at) => at !== index))}
            />
          </div>
        )}
      </Index>
    </ExtraHoursList>
  );
}
