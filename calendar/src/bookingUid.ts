/**
 * RFC 5545 UID of a booking: the same in its invitation, its cancellation and every export, so a calendar
 * updates the one event instead of adding another.
 */
export function bookingUid(bookingId: string): string {
  return `${bookingId}@frontdesk`;
}
