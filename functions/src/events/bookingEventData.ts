import type { BookingDocument } from '../lib/documents/converters.ts';

/** What a booking event tells a webhook (the tenant's own system) and a notification mail. */
export function bookingEventData(bookingId: string, booking: BookingDocument) {
  return {
    bookingId,
    start: booking.start.toDate().toISOString(),
    end: booking.end.toDate().toISOString(),
    name: booking.name,
    email: booking.email,
    conversationId: booking.conversationId ?? null,
  };
}
