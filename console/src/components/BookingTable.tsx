import { createSignal, For, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { type BookingRow, holdsTime } from '../lib/bookingRows.ts';
import { formatInZone } from '../lib/formatDate.ts';

/** What the team may do with rows of a table; each is left out where it does not apply. */
export interface BookingActions {
  onCancel?: (row: BookingRow) => void;
  onDecide?: (row: BookingRow, decision: 'confirm' | 'decline') => void;
  /** `local`: the new start as a datetime-local value in the business's zone. */
  onReschedule?: (row: BookingRow, local: string) => void;
  onOutcome?: (row: BookingRow, outcome: 'attended' | 'no_show') => void;
  /** The row an action is running for. */
  busy?: string | undefined;
}

const statusLabel = (status: BookingRow['status']) =>
  ({
    confirmed: t.bookings.confirmed,
    requested: t.bookings.requested,
    cancelled: t.bookings.cancelled,
    declined: t.bookings.declined,
    expired: t.bookings.expired,
  })[status];

/** A table of bookings; times in the business's zone, with the actions the caller offers per row. */
export function BookingTable(props: { caption: string; rows: BookingRow[]; timezone: string } & BookingActions) {
  const hasActions = () => Boolean(props.onCancel || props.onDecide || props.onReschedule || props.onOutcome);
  const [moving, setMoving] = createSignal<string>();
  return (
    <Show when={props.rows.length > 0} fallback={<p class="hint">{t.bookings.none}</p>}>
      <section class="table-wrap" tabindex="0" aria-label={t.scrollable}>
        <table>
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                {t.bookings.when} <span class="hint">({props.timezone})</span>
              </th>
              <th scope="col">{t.bookings.service}</th>
              <th scope="col">{t.bookings.who}</th>
              <th scope="col">{t.bookings.contact}</th>
              <th scope="col">{t.bookings.notes}</th>
              <th scope="col">{t.bookings.status}</th>
              <Show when={hasActions()}>
                <th scope="col">{t.bookings.actions}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.rows}>
              {(row) => {
                const label = `${row.name}, ${formatInZone(row.start, props.timezone)}`;
                let moveInput: HTMLInputElement | undefined;
                return (
                  <tr data-testid="booking-row" data-booking-id={row.id} data-status={row.status}>
                    <td>
                      {formatInZone(row.start, props.timezone)}
                      <br />
                      <span class="hint">{row.durationMinutes} min</span>
                    </td>
                    <td>{row.serviceName}</td>
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
                        {statusLabel(row.status)}
                      </span>
                      <Show when={row.outcome}>
                        {(outcome) => (
                          <>
                            <br />
                            <span class="hint">
                              {outcome() === 'attended' ? t.bookings.attended : t.bookings.noShow}
                            </span>
                          </>
                        )}
                      </Show>
                    </td>
                    <Show when={hasActions()}>
                      <td class="button-row">
                        <Show when={props.onDecide && row.status === 'requested'}>
                          <button
                            type="button"
                            data-testid="booking-confirm"
                            disabled={props.busy === row.id}
                            aria-label={`${t.bookings.confirm}: ${label}`}
                            onClick={() => props.onDecide?.(row, 'confirm')}
                          >
                            {t.bookings.confirm}
                          </button>
                          <button
                            type="button"
                            class="secondary"
                            disabled={props.busy === row.id}
                            aria-label={`${t.bookings.decline}: ${label}`}
                            onClick={() => props.onDecide?.(row, 'decline')}
                          >
                            {t.bookings.decline}
                          </button>
                        </Show>
                        <Show when={props.onReschedule && holdsTime(row)}>
                          <Show
                            when={moving() === row.id}
                            fallback={
                              <button
                                type="button"
                                class="secondary"
                                data-testid="booking-move"
                                aria-label={`${t.bookings.reschedule}: ${label}`}
                                onClick={() => setMoving(row.id)}
                              >
                                {t.bookings.reschedule}
                              </button>
                            }
                          >
                            <input
                              type="datetime-local"
                              step="300"
                              ref={moveInput}
                              data-testid="booking-move-to"
                              aria-label={`${t.bookings.rescheduleTo}: ${label}`}
                            />
                            <button
                              type="button"
                              data-testid="booking-move-save"
                              disabled={props.busy === row.id}
                              onClick={() => {
                                if (moveInput?.value) props.onReschedule?.(row, moveInput.value);
                                setMoving(undefined);
                              }}
                            >
                              {t.bookings.reschedule}
                            </button>
                          </Show>
                        </Show>
                        <Show when={props.onOutcome && row.status === 'confirmed'}>
                          <button
                            type="button"
                            class="secondary"
                            aria-pressed={row.outcome === 'attended'}
                            disabled={props.busy === row.id}
                            onClick={() => props.onOutcome?.(row, 'attended')}
                          >
                            {t.bookings.attended}
                          </button>
                          <button
                            type="button"
                            class="secondary"
                            data-testid="booking-no-show"
                            aria-pressed={row.outcome === 'no_show'}
                            disabled={props.busy === row.id}
                            onClick={() => props.onOutcome?.(row, 'no_show')}
                          >
                            {t.bookings.noShow}
                          </button>
                        </Show>
                        <Show when={props.onCancel && holdsTime(row)}>
                          <button
                            type="button"
                            class="danger"
                            disabled={props.busy === row.id}
                            aria-label={`${t.bookings.cancel}: ${label}`}
                            onClick={() => props.onCancel?.(row)}
                          >
                            {t.bookings.cancel}
                          </button>
                        </Show>
                      </td>
                    </Show>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </section>
    </Show>
  );
}
