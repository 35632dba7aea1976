import { createSignal, For, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { AvailabilityDraft } from '../../lib/availabilityDraft.ts';
import type { FieldErrors } from '../../lib/botDraft.ts';
import { Field } from '../Field.tsx';

/** Whole days without bookings (holidays): listed as chips, added one date at a time, kept sorted. */
export function ClosedDatesSection(props: {
  draft: AvailabilityDraft;
  setDraft: SetStoreFunction<AvailabilityDraft>;
  errors: FieldErrors;
}) {
  const [newClosedDate, setNewClosedDate] = createSignal('');
  return (
    <>
      <h3>{t.bookings.closedDates}</h3>
      <ul class="chips">
        <For each={props.draft.closedDates}>
          {(date) => (
            <li class="chip">
              {date}
              <button
                type="button"
                class="link-button"
                aria-label={`${t.remove}: ${date}`}
                onClick={() => props.setDraft('closedDates', (dates) => dates.filter((item) => item !== date))}
              >
                ×
              </button>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.errors.closedDates}>
        <p class="field-error">{props.errors.closedDates}</p>
      </Show>
      <div class="inline-add">
        <Field label={t.bookings.date}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={newClosedDate()}
              onInput={(event) => setNewClosedDate(event.currentTarget.value)}
            />
          )}
        </Field>
        <button
          type="button"
          class="secondary"
          disabled={!newClosedDate()}
          onClick={() => {
            const date = newClosedDate();
            if (date && !props.draft.closedDates.includes(date))
              props.setDraft('closedDates', (dates) => [...dates, date].sort());
            setNewClosedDate('');
          }}
        >
          {t.bookings.addClosedDate}
        </button>
      </div>
    </>
  );
}
