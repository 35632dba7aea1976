import type { Locale } from '@frontdesk/contract';
import { Show } from 'solid-js';
import { formatRange, formatTime, visitorZone } from '../lib/formatSlot.ts';
import type { Strings } from '../strings.ts';

/** A booking made in the conversation, by the assistant's tool or by the visitor's clicks. */
export function BookingSummary(props: {
  booking: { bookingId: string; start: string; end: string; timezone: string; status?: string; serviceName?: string };
  locale: Locale;
  t: Strings;
}) {
  const zone = visitorZone();
  const requested = () => props.booking.status === 'requested';
  return (
    <section
      class="card card-booked"
      data-testid="booking-card"
      data-booking-id={props.booking.bookingId}
      data-status={props.booking.status ?? 'confirmed'}
    >
      <h3>{requested() ? props.t.requested : `✓ ${props.t.booked}`}</h3>
      <p>
        {props.booking.serviceName ? `${props.booking.serviceName}: ` : ''}
        {formatRange(props.booking.start, props.booking.end, props.locale, zone)}
      </p>
      <Show when={zone !== props.booking.timezone}>
        <p class="zone-note">
          {props.t.businessTime(
            `${formatTime(props.booking.start, props.locale, props.booking.timezone)}–${formatTime(props.booking.end, props.locale, props.booking.timezone)}`,
            props.booking.timezone,
          )}
        </p>
      </Show>
      <p class="zone-note">{requested() ? props.t.requestMailNote : props.t.confirmationMailNote}</p>
    </section>
  );
}
