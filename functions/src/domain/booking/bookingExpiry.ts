import { DEFAULT_BOOKING_RETENTION_DAYS } from '@frontdesk/contract';

const DAY_MS = 86_400_000;

/**
 * When a booking is due for deletion by the Firestore TTL policy on `expireAt`: the tenant's booking
 * retention after the appointment ends (a cancelled one too: it stays a record of what was booked).
 */
export function bookingExpiry(endMs: number, bookingRetentionDays: number | undefined): number {
  return endMs + (bookingRetentionDays ?? DEFAULT_BOOKING_RETENTION_DAYS) * DAY_MS;
}
