import { createSignal } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { t } from '../i18n/strings.ts';
import { type AvailabilityDraft, availabilityToDraft, validateAvailability } from '../lib/availabilityDraft.ts';
import { listenAvailability } from '../lib/bookingData.ts';
import type { FieldErrors } from '../lib/botDraft.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { fillOnFirstSnapshot } from '../lib/fillOnFirstSnapshot.ts';
import { ActionStatus } from './ActionStatus.tsx';
import { AvailabilityLengthFields } from './availability/AvailabilityLengthFields.tsx';
import { BookingRulesFields } from './availability/BookingRulesFields.tsx';
import { ClosedDatesSection } from './availability/ClosedDatesSection.tsx';
import { OneOffHoursSection } from './availability/OneOffHoursSection.tsx';
import { RepeatingHoursSection } from './availability/RepeatingHoursSection.tsx';
import { ServicesSection } from './availability/ServicesSection.tsx';
import { WeeklyHoursSection } from './availability/WeeklyHoursSection.tsx';

/**
 * Weekly hours per weekday, slot and booking lengths, buffer, notice, horizon, closed dates, one-off and
 * repeating hours, in the bot's timezone; the services offered; confirmation mode, reminders and the feed's notes. Loaded once; saved whole through `saveAvailability`.
 */
export function AvailabilityEditor(props: { botId: string; timezone: string; editable: boolean }) {
  const stored = listenAvailability(() => props.botId);
  const [draft, setDraft] = createStore<AvailabilityDraft>(availabilityToDraft(null));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  fillOnFirstSnapshot(stored.value, (value) => setDraft(availabilityToDraft(value)));

  const save = createAction(async () => {
    const { value, errors: found } = validateAvailability(unwrap(draft));
    setErrors(found);
    if (!value) throw Object.assign(new Error(t.editor.fixErrors), { details: { reason: 'invalid_input' } });
    await call('saveAvailability', { botId: props.botId, availability: value });
  });

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
        <AvailabilityLengthFields draft={draft} setDraft={setDraft} errors={errors()} />
        <WeeklyHoursSection draft={draft} setDraft={setDraft} errors={errors()} />
        <ClosedDatesSection draft={draft} setDraft={setDraft} errors={errors()} />
        <OneOffHoursSection draft={draft} setDraft={setDraft} errors={errors()} />
        <RepeatingHoursSection draft={draft} setDraft={setDraft} errors={errors()} />
        <ServicesSection draft={draft} setDraft={setDraft} errors={errors()} />
        <BookingRulesFields draft={draft} setDraft={setDraft} errors={errors()} />
        <button class="primary" type="submit" disabled={save.pending()}>
          {save.pending() ? t.saving : t.bookings.saveAvailability}
        </button>
        <ActionStatus error={save.error()} message={save.message()} />
      </fieldset>
    </form>
  );
}
