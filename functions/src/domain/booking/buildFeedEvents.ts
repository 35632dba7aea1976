import type { BookingEvent } from '@frontdesk/calendar';

export interface FeedBooking {
  bookingId: string;
  status: 'requested' | 'confirmed';
  sequence: number;
  serviceName: string;
  start: number;
  end: number;
  name: string;
  email: string;
  phone: string | null;
  notes: string | null;
}

/**
 * The team's calendar feed events: one per booking that holds time, its UID and SEQUENCE those of the
 * invitation, a request as TENTATIVE. Visitor notes only when the owner turned them on.
 */
export function buildFeedEvents(bookings: FeedBooking[], options: { includeNotes: boolean }): BookingEvent[] {
  return bookings.map((booking) => {
    const lines = [
      booking.serviceName,
      booking.name,
      booking.email,
      booking.phone,
      options.includeNotes ? booking.notes : null,
    ].filter((line): line is string => Boolean(line));
    return {
      bookingId: booking.bookingId,
      sequence: booking.sequence,
      status: booking.status === 'requested' ? 'tentative' : 'confirmed',
      start: booking.start,
      end: booking.end,
      title: booking.serviceName ? `${booking.serviceName}: ${booking.name}` : booking.name,
      description: lines.join('\n'),
    };
  });
}
