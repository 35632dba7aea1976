import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Who a booking link is for: `visitor` (cancel and reschedule, in their mails, reminders included) or
 * `team` (confirm or decline a request, in the notification mail).
 */
export type BookingLinkAudience = 'visitor' | 'team';

/**
 * The secret of a booking's links: an HMAC of the booking under the project's link key, so a reminder
 * written days later carries the same link as the confirmation, and a link names one booking only.
 */
export function bookingLinkToken(key: string, audience: BookingLinkAudience, botId: string, bookingId: string): string {
  return createHmac('sha256', key).update(`${audience}\n${botId}\n${bookingId}`).digest('base64url').slice(0, 32);
}

/** Whether `token` is the booking's link secret for `audience`, compared in constant time. */
export function isBookingLinkToken(
  key: string,
  audience: BookingLinkAudience,
  botId: string,
  bookingId: string,
  token: string,
): boolean {
  const expected = Buffer.from(bookingLinkToken(key, audience, botId, bookingId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
