import type { Locale } from '@frontdesk/contract';
import { Show } from 'solid-js';
import { addMinutes, formatRange, formatTime, visitorZone } from '../lib/formatSlot.ts';
import type { Strings } from '../strings.ts';
import type { BookingFormValues } from './validateBookingForm.ts';

/** The details as they will be booked, so the visitor confirms exactly this. */
export function BookingConfirm(props: {
  t: Strings;
  locale: Locale;
  slot: {
    start: string;
    durationMinutes: number;
    timezone: string;
    serviceName?: string;
    confirmationRequired?: boolean;
  };
  values: BookingFormValues;
  booking: boolean;
  alert: string | null;
  onBack: () => void;
  onConfirm: () => void;
}) {
  const zone = visitorZone();
  const end = () => addMinutes(props.slot.start, props.slot.durationMinutes);
  return (
    <>
      <p class="slots-day">{props.t.confirmTitle}</p>
      <dl class="details" data-testid="booking-details">
        <Show when={props.slot.serviceName}>
          <dt>{props.t.service}</dt>
          <dd>{props.slot.serviceName}</dd>
        </Show>
        <dt>{props.t.when}</dt>
        <dd>
          {formatRange(props.slot.start, end(), props.locale, zone)}
          <Show when={zone !== props.slot.timezone}>
            <br />
            <span class="zone-note">
              {props.t.businessTime(
                `${formatTime(props.slot.start, props.locale, props.slot.timezone)}–${formatTime(end(), props.locale, props.slot.timezone)}`,
                props.slot.timezone,
              )}
            </span>
          </Show>
        </dd>
        <dt>{props.t.name}</dt>
        <dd>{props.values.name.trim()}</dd>
        <dt>{props.t.email}</dt>
        <dd>{props.values.email.trim()}</dd>
        <Show when={props.values.phone.trim()}>
          <dt>{props.t.phone}</dt>
          <dd>{props.values.phone.trim()}</dd>
        </Show>
        <Show when={props.values.notes.trim()}>
          <dt>{props.t.notes}</dt>
          <dd>{props.values.notes.trim()}</dd>
        </Show>
      </dl>
      <Show when={props.slot.confirmationRequired}>
        <p class="zone-note" data-testid="booking-request-note">
          {props.t.requestNote}
        </p>
      </Show>
      <Show when={props.alert}>
        <p class="alert" role="alert">
          {props.alert}
        </p>
      </Show>
      <div class="card-actions">
        <button type="button" class="secondary" disabled={props.booking} onClick={() => props.onBack()}>
          {props.t.back}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="booking-confirm"
          disabled={props.booking}
          onClick={() => props.onConfirm()}
        >
          {props.booking
            ? props.t.booking
            : props.slot.confirmationRequired
              ? props.t.sendRequest
              : props.t.confirmBooking}
        </button>
      </div>
    </>
  );
}
