import { For, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import type { BookingRow } from '../lib/bookingRows.ts';
import { formatInZone } from '../lib/formatDate.ts';

/** A table of bookings; times in the business's zone. `onCancel` adds a cancel button per confirmed row. */
export function BookingTable(props: {
  caption: string;
  rows: BookingRow[];
  timezone: string;
  onCancel?: (row: BookingRow) => void;
  cancelling?: string | undefined;
}) {
  return (
    <Show when={props.rows.length > 0} fallback={<p class="hint">{t.bookings.none}</p>}>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.bookings.when}</th>
              <th scope="col">{t.bookings.who}</th>
              <th scope="col">{t.bookings.contact}</th>
              <th scope="col">{t.bookings.notes}</th>
              <th scope="col">{t.bookings.status}</th>
              <Show when={props.onCancel}>
                <th scope="col">{t.bookings.actions}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => (
                <tr data-testid="booking-row" data-booking-id={row.id}>
                  <td>
                    {formatInZone(row.start, props.timezone)}
                    <br />
                    <span class="hint">{row.durationMinutes} min</span>
                  </td>
                  <td>{row.name}</td>
                  <td>
                    <a href={`mailto:${row.email}`}>{row.email}</a>
                    <Show when={row.phone}>
                      <br />
                      {row.phone}
                    </Show>
                  </td>
                  <td class="notes-cell">{row.notes ?? ''}</td>
                  <td>
                    <span class="badge" classList={{ 'badge-ok': row.status === 'confirmed' }}>
                      {row.status === 'confirmed' ? t.bookings.confirmed : t.bookings.cancelled}
                    </span>
                  </td>
                  <Show when={props.onCancel}>
                    {(onCancel) => (
                      <td>
                        <Show when={row.status === 'confirmed'}>
                          <button
                            type="button"
                            class="danger"
                            disabled={props.cancelling === row.id}
                            aria-label={`${t.bookings.cancel}: ${row.name}, ${formatInZone(row.start, props.timezone)}`}
                            onClick={() => onCancel()(row)}
                          >
                            {t.bookings.cancel}
                          </button>
                        </Show>
                      </td>
                    )}
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
