import { type Availability, paths, weekdays } from '@frontdesk/contract';
import { createSignal, For, Index, type JSX, Show } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import { t } from '../i18n/strings.ts';
import { type AvailabilityDraft, availabilityToDraft, validateAvailability } from '../lib/availabilityDraft.ts';
import type { FieldErrors } from '../lib/botDraft.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { fillOnFirstSnapshot } from '../lib/fillOnFirstSnapshot.ts';
import { listenDoc } from '../lib/listen.ts';
import { ActionStatus } from './ActionStatus.tsx';
import { Field } from './Field.tsx';

/**
 * Weekly hours per weekday, slot and booking lengths, buffer, notice, horizon, closed dates, one-off and
 * repeating hours, in the bot's timezone. Loaded once; saved whole through `saveAvailability`.
 */
export function AvailabilityEditor(props: { botId: string; timezone: string; editable: boolean }) {
  const stored = listenDoc<Availability>(() => paths.availability(props.botId));
  const [draft, setDraft] = createStore<AvailabilityDraft>(availabilityToDraft(null));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [newClosedDate, setNewClosedDate] = createSignal('');
  fillOnFirstSnapshot(stored.value, (value) => setDraft(availabilityToDraft(value)));

  const save = createAction(async () => {
    const { value, errors: found } = validateAvailability(unwrap(draft));
    setErrors(found);
    if (!value) throw Object.assign(new Error(t.editor.fixErrors), { details: { reason: 'invalid_input' } });
    await call('saveAvailability', { botId: props.botId, availability: value });
  });

  const numberField = (key: 'slotMinutes' | 'bufferMinutes' | 'minNoticeMinutes' | 'maxDaysAhead', label: string) => (
    <Field label={label} error={errors()[key]}>
      {(id, describedBy, invalid) => (
        <input
          id={id}
          inputMode="numeric"
          value={draft[key]}
          aria-describedby={describedBy()}
          aria-invalid={invalid()}
          onInput={(event) => setDraft(key, event.currentTarget.value)}
        />
      )}
    </Field>
  );

  // Values come as accessors and are read inside the attributes, so typing updates an input in place
  // instead of re-creating it (and losing the focus).
  const timeInput = (label: string, value: () => string, onInput: (value: string) => void) => (
    <input
      type="time"
      step={300}
      aria-label={label}
      value={value()}
      onInput={(event) => onInput(event.currentTarget.value)}
    />
  );

  /**
   * From and to times of one range (labelled "<label>: From" and "…: To") and its remove button (named
   * "Remove: <label>" unless told otherwise).
   */
  const timeRange = (props: {
    label: string;
    range: () => { start: string; end: string };
    set: (key: 'start' | 'end', value: string) => void;
    removeLabel?: () => string;
    remove: () => void;
  }) => (
    <>
      {timeInput(
        `${props.label}: ${t.bookings.from}`,
        () => props.range().start,
        (value) => props.set('start', value),
      )}
      <span aria-hidden="true">–</span>
      {timeInput(
        `${props.label}: ${t.bookings.to}`,
        () => props.range().end,
        (value) => props.set('end', value),
      )}
      <button
        type="button"
        class="link-button"
        aria-label={props.removeLabel?.() ?? `${t.remove}: ${props.label}`}
        onClick={() => props.remove()}
      >
        {t.remove}
      </button>
    </>
  );

  /** The date a new row of extra hours starts on. */
  const today = () => new Date().toISOString().slice(0, 10);

  /** Extra hours of one kind: heading, rows, the list's error and the button that adds a row. */
  const hoursList = (props: {
    key: 'oneOff' | 'repeating';
    title: string;
    addLabel: string;
    add: () => void;
    rows: JSX.Element;
  }) => (
    <>
      <h3>{props.title}</h3>
      {props.rows}
      <Show when={errors()[props.key]}>
        <p class="field-error">{errors()[props.key]}</p>
      </Show>
      <div>
        <button type="button" class="secondary" onClick={() => props.add()}>
          {props.addLabel}
        </button>
      </div>
    </>
  );

  return (
    <form
      class="card form availability"
      aria-labelledby="availability-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save.start();
      }}
    >
      <h2 id="availability-title">{t.bookings.availability}</h2>
      <p class="hint">{t.bookings.availabilityIntro(props.timezone)}</p>
      {/* Disabled until the stored availability arrives, so it never overwrites what someone already typed. */}
      <fieldset disabled={!props.editable || stored.value() === undefined}>
        <legend class="visually-hidden">{t.bookings.availability}</legend>
        <div class="field-row three">
          {numberField('slotMinutes', t.bookings.slotMinutes)}
          <Field label={t.bookings.durations} error={errors().durationsMinutes}>
            {(id, describedBy, invalid) => (
              <input
                id={id}
                value={draft.durationsMinutes}
                aria-describedby={describedBy()}
                aria-invalid={invalid()}
                onInput={(event) => setDraft('durationsMinutes', event.currentTarget.value)}
              />
            )}
          </Field>
          {numberField('bufferMinutes', t.bookings.buffer)}
          {numberField('minNoticeMinutes', t.bookings.minNotice)}
          {numberField('maxDaysAhead', t.bookings.maxDaysAhead)}
        </div>

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
                    when={draft.weekly[day].length > 0}
                    fallback={<span class="hint">{t.bookings.closedAllDay}</span>}
                  >
                    <Index each={draft.weekly[day]}>
                      {(range, index) => (
                        <div class="range">
                          {timeRange({
                            label: `${t.bookings.weekdays[day]} ${index + 1}`,
                            range,
                            set: (key, value) => setDraft('weekly', day, index, key, value),
                            removeLabel: () =>
                              `${t.remove}: ${t.bookings.weekdays[day]} ${range().start}–${range().end}`,
                            remove: () => setDraft('weekly', day, (ranges) => ranges.filter((_, at) => at !== index)),
                          })}
                        </div>
                      )}
                    </Index>
                  </Show>
                  <Show when={errors()[`weekly.${day}`]}>
                    <p class="field-error">{errors()[`weekly.${day}`]}</p>
                  </Show>
                </div>
                <button
                  type="button"
                  class="secondary small"
                  aria-label={`${t.bookings.addHours}: ${t.bookings.weekdays[day]}`}
                  onClick={() => setDraft('weekly', day, (ranges) => [...ranges, { start: '09:00', end: '17:00' }])}
                >
                  {t.bookings.addHours}
                </button>
              </li>
            )}
          </For>
        </ul>

        <h3>{t.bookings.closedDates}</h3>
        <ul class="chips">
          <For each={draft.closedDates}>
            {(date) => (
              <li class="chip">
                {date}
                <button
                  type="button"
                  class="link-button"
                  aria-label={`${t.remove}: ${date}`}
                  onClick={() => setDraft('closedDates', (dates) => dates.filter((item) => item !== date))}
                >
                  ×
                </button>
              </li>
            )}
          </For>
        </ul>
        <Show when={errors().closedDates}>
          <p class="field-error">{errors().closedDates}</p>
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
              if (date && !draft.closedDates.includes(date))
                setDraft('closedDates', (dates) => [...dates, date].sort());
              setNewClosedDate('');
            }}
          >
            {t.bookings.addClosedDate}
          </button>
        </div>

        {hoursList({
          key: 'oneOff',
          title: t.bookings.oneOff,
          addLabel: t.bookings.addOneOff,
          add: () =>
            setDraft(
              'oneOff',
              produce((items) => items.push({ date: today(), start: '09:00', end: '12:00' })),
            ),
          rows: (
            <Index each={draft.oneOff}>
              {(item, index) => (
                <div class="range">
                  <input
                    type="date"
                    aria-label={`${t.bookings.oneOff} ${index + 1}: ${t.bookings.date}`}
                    value={item().date}
                    onInput={(event) => setDraft('oneOff', index, 'date', event.currentTarget.value)}
                  />
                  {timeRange({
                    label: `${t.bookings.oneOff} ${index + 1}`,
                    range: item,
                    set: (key, value) => setDraft('oneOff', index, key, value),
                    remove: () => setDraft('oneOff', (items) => items.filter((_, at) => at !== index)),
                  })}
                </div>
              )}
            </Index>
          ),
        })}

        {hoursList({
          key: 'repeating',
          title: t.bookings.repeating,
          addLabel: t.bookings.addRepeating,
          add: () =>
            setDraft(
              'repeating',
              produce((items) => items.push({ every: 'week', from: today(), until: '', start: '18:00', end: '20:00' })),
            ),
          rows: (
            <Index each={draft.repeating}>
              {(item, index) => (
                <div class="range range-wrap">
                  <select
                    aria-label={`${t.bookings.repeating} ${index + 1}: ${t.bookings.every}`}
                    value={item().every}
                    onChange={(event) =>
                      setDraft('repeating', index, 'every', event.currentTarget.value as 'day' | 'week')
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
                      onInput={(event) => setDraft('repeating', index, 'from', event.currentTarget.value)}
                    />
                  </label>
                  <label class="inline-label">
                    {t.bookings.until}
                    <input
                      type="date"
                      value={item().until}
                      onInput={(event) => setDraft('repeating', index, 'until', event.currentTarget.value)}
                    />
                  </label>
                  {timeRange({
                    label: `${t.bookings.repeating} ${index + 1}`,
                    range: item,
                    set: (key, value) => setDraft('repeating', index, key, value),
                    remove: () => setDraft('repeating', (items) => items.filter((_, at) => at !== index)),
                  })}
                </div>
              )}
            </Index>
          ),
        })}

        <button class="primary" type="submit" disabled={save.pending()}>
          {save.pending() ? t.saving : t.bookings.saveAvailability}
        </button>
        <ActionStatus error={save.error()} message={save.message()} />
      </fieldset>
    </form>
  );
}
