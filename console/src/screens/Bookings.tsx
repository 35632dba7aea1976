import type { Bot } from '@frontdesk/contract';
import { createMemo, createSignal, onCleanup, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { AvailabilityEditor } from '../components/AvailabilityEditor.tsx';
import { BookingTable } from '../components/BookingTable.tsx';
import { CalendarFeedCard } from '../components/CalendarFeedCard.tsx';
import { t } from '../i18n/strings.ts';
import { listenBookings } from '../lib/bookingData.ts';
import { type BookingRow, splitBookings, toBookingRow } from '../lib/bookingRows.ts';
import { bookingsCsv } from '../lib/bookingsCsv.ts';
import { bookingsIcs } from '../lib/bookingsIcs.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import { formatInZone } from '../lib/formatDate.ts';
import { href } from '../lib/hashRoute.ts';
import { can } from '../lib/session.ts';
import { zonedInstant } from '../lib/zonedInstant.ts';

/**
 * Upcoming and past bookings (live): confirm or decline requests, move, cancel, mark outcomes; CSV and .ics
 * export, the calendar feed and the availability editor.
 */
export function Bookings(props: { tenantId: string; botId: string; bot: Bot }) {
  const timezone = () => props.bot.timezone ?? 'UTC';
  const bookings = listenBookings(
    () => props.tenantId,
    () => props.botId,
  );
  // "Upcoming" moves on with the clock, so the split is recomputed every minute as well as on changes.
  const [now, setNow] = createSignal(new Date());
  const timer = setInterval(() => setNow(new Date()), 60_000);
  onCleanup(() => clearInterval(timer));

  const rows = createMemo(() =>
    bookings.items.map((item) => toBookingRow(item)).filter((row): row is BookingRow => row !== undefined),
  );
  const split = createMemo(() => splitBookings(rows(), now()));
  const [busy, setBusy] = createSignal<string>();
  /** One action on one row at a time; its status line says how it went. */
  const rowAction = async <R,>(row: BookingRow, run: () => Promise<R>): Promise<R> => {
    setBusy(row.id);
    try {
      return await run();
    } finally {
      setBusy(undefined);
    }
  };
  const bookingId = (row: BookingRow) => ({ botId: props.botId, bookingId: row.id });

  const cancel = createAction(
    async (row: BookingRow) => {
      if (!confirm(t.bookings.confirmCancel(row.name, formatInZone(row.start, timezone())))) return false;
      await rowAction(row, () => call('cancelBooking', bookingId(row)));
      return true;
    },
    (done) => (done ? t.bookings.cancelledOk : undefined),
  );
  const decide = createAction(
    (row: BookingRow, decision: 'confirm' | 'decline') =>
      rowAction(row, () => call('decideBooking', { ...bookingId(row), decision })),
    (result) => t.bookings.decidedOk(result.status),
  );
  const reschedule = createAction(
    (row: BookingRow, local: string) =>
      rowAction(row, () =>
        call('rescheduleBooking', { ...bookingId(row), start: zonedInstant(local, timezone()).toISOString() }),
      ),
    t.bookings.rescheduledOk,
  );
  const outcome = createAction(
    (row: BookingRow, value: 'attended' | 'no_show') =>
      rowAction(row, () => call('setBookingOutcome', { ...bookingId(row), outcome: value })),
    t.bookings.outcomeSaved,
  );
  const status = () => [cancel, decide, reschedule, outcome].find((action) => action.error() || action.message());

  const name = () => props.bot.name ?? props.bot.appearance.title;
  const fileBase = () =>
    `bookings-${name()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')}`;

  return (
    <div class="bookings">
      <h1>
        {t.bookings.title} <span class="subtitle">· {name()}</span>
      </h1>
      <Show when={!props.bot.appointmentsEnabled}>
        <p class="notice notice-info">
          {t.bookings.disabled} <a href={href('t', props.tenantId, 'b', props.botId, 'settings')}>{t.nav.editor}</a>
        </p>
      </Show>
      <section class="card" aria-labelledby="upcoming-title">
        <div class="section-head">
          <h2 id="upcoming-title">{t.bookings.upcoming}</h2>
          <div class="button-row">
            <button
              type="button"
              class="secondary"
              disabled={rows().length === 0}
              onClick={() => downloadFile(`${fileBase()}.csv`, 'text/csv', bookingsCsv(rows(), timezone()))}
            >
              {t.bookings.exportCsv}
            </button>
            <button
              type="button"
              class="secondary"
              disabled={rows().length === 0}
              onClick={() =>
                downloadFile(
                  `${fileBase()}.ics`,
                  'text/calendar',
                  bookingsIcs(rows(), { calendarName: name(), now: new Date() }),
                )
              }
            >
              {t.bookings.exportIcs}
            </button>
          </div>
        </div>
        <ActionStatus error={status()?.error()} message={status()?.message()} />
        <Show when={bookings.loaded} fallback={<p role="status">{t.loading}</p>}>
          <BookingTable
            caption={t.bookings.upcoming}
            rows={split().upcoming}
            timezone={timezone()}
            onCancel={(row) => void cancel.start(row)}
            onDecide={(row, decision) => void decide.start(row, decision)}
            onReschedule={(row, local) => void reschedule.start(row, local)}
            busy={busy()}
          />
        </Show>
      </section>
      <section class="card" aria-labelledby="past-title">
        <h2 id="past-title">{t.bookings.past}</h2>
        <BookingTable
          caption={t.bookings.past}
          rows={split().past}
          timezone={timezone()}
          onOutcome={(row, value) => void outcome.start(row, value)}
          busy={busy()}
        />
      </section>
      <Show when={can(props.tenantId, 'bots')}>
        <CalendarFeedCard botId={props.botId} />
      </Show>
      <AvailabilityEditor botId={props.botId} timezone={timezone()} editable={can(props.tenantId, 'bots')} />
    </div>
  );
}
