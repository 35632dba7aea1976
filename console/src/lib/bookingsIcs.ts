import { buildBookingCalendar } from '@frontdesk/calendar';
import type { BookingRow } from './bookingRows.ts';

/**
 * Bookings as an iCalendar file to import into a calendar, written by the same builder as the invitations
 * mailed for each booking: UTC times and the same UID and SEQUENCE, so a calendar updates rather than
 * duplicates.
 */
export function bookingsIcs(rows: BookingRow[], options: { calendarName: string; now: Date }): string {
  return buildBookingCalendar(
    rows.map((row) => ({
      bookingId: row.id,
      sequence: row.sequence,
      // A request not yet confirmed is tentative; one that no longer holds its time is cancelled.
      status: row.status === 'confirmed' ? 'confirmed' : row.status === 'requested' ? 'tentative' : 'cancelled',
      start: row.start,
      end: row.end,
      title: `${options.calendarName}: ${row.name}`,
      description: [row.email, row.phone, row.notes].filter(Boolean).join('\n'),
    })),
    { method: 'PUBLISH', now: options.now, calendarName: options.calendarName },
  );
}
