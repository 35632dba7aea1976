import { weekdays } from '@frontdesk/contract';
import { For, Index, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { AvailabilityDraft } from '../../lib/availabilityDraft.ts';
import type { FieldErrors } from '../../lib/botDraft.ts';
import { TimeRangeInputs } from './TimeRangeInputs.tsx';

/** The hours of each weekday, any number of ranges per day; a day without ranges is closed. */
export function WeeklyHoursSection(props: {
  draft: AvailabilityDraft;
  setDraft: SetStoreFunction<AvailabilityDraft>;
  errors: FieldErrors;
}) {
  return (
    <>
      <h3>{t.bookings.weekly}</h3>
      <ul class="weekly">
        <For each={weekdays}>
          {(day) => (
            <li class="weekday">
              <span class="weekday-name" id={`day-${day}`}>
                {t.bookings.weekdays[day]}
              </span>
              <div class="ranges">
                <Show
                  when={props.draft.weekly[day].length > 0}
                  fallback={<span class="hint">{t.bookings.closedAllDay}</span>}
                >
                  <Index each={props.draft.weekly[day]}>
                    {(range, index) => (
                      <div class="range">
                        <TimeRangeInputs
                          label={`${t.bookings.weekdays[day]} ${index + 1}`}
                          start={range().start}
                          end={range().end}
                          onInput={(key, value) => props.setDraft('weekly', day, index, key, value)}
                          removeLabel={`${t.remove}: ${t.bookings.weekdays[day]} ${range().start}–${range().end}`}
                          onRemove={() =>
                            props.setDraft('weekly', day, (ranges) => ranges.filter((_, at) => at !== index))
                          }
                        />
                      </div>
                    )}
                  </Index>
                </Show>
                <Show when={props.errors[`weekly.${day}`]}>
                  <p class="field-error">{props.errors[`weekly.${day}`]}</p>
                </Show>
              </div>
              <button
                type="button"
                class="secondary small"
                aria-label={`${t.bookings.addHours}: ${t.bookings.weekdays[day]}`}
                onClick={() => props.setDraft('weekly', day, (ranges) => [...ranges, { start: '09:00', end: '17:00' }])}
              >
                {t.bookings.addHours}
              </button>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
