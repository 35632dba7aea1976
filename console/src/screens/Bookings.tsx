import type { Bot } from '@frontdesk/contract';
import { createMemo, createSignal, onCleanup, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { AvailabilityEditor } from '../components/AvailabilityEditor.tsx';
import { BookingTable } from '../components/BookingTable.tsx';
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

/** Upcoming and past bookings (live), cancel, CSV and .ics export, and the availability editor. */
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
  const [cancelling, setCancelling] = createSignal<string>();

  const cancel = createAction(
    async (row: BookingRow) => {
      if (!confirm(t.bookings.confirmCancel(row.name, formatInZone(row.start, timezone())))) return false;
      setCancelling(row.id);
      try {
        await call('cancelBooking', { botId: props.botId, bookingId: row.id });
        return true;
      } finally {
        setCancelling(undefined);
      }
    },
    (done) => (done ? t.bookings.cancelledOk : undefined),
  );

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
        <ActionStatus error={cancel.error()} message={cancel.message()} />
        <Show when={bookings.loaded} fallback={<p role="status">{t.loading}</p>}>
          <BookingTable
            caption={t.bookings.upcoming}
            rows={split().upcoming}
            timezone={timezone()}
            onCancel={(row) => void cancel.start(row)}
            cancelling={cancelling()}
          />
        </Show>
      </section>
      <section class="card" aria-labelledby="past-title">
        <h2 id="past-title">{t.bookings.past}</h2>
        <BookingTable caption={t.bookings.past} rows={split().past} timezone={timezone()} />
      </section>
      <AvailabilityEditor botId={props.botId} timezone={timezone()} editable={can(props.tenantId, 'bots')} />
    </div>
  );
}
