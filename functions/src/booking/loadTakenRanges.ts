import { holdingBookingStatuses } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import type { Range } from '../domain/booking/timeRanges.ts';
import { refs } from '../lib/documents/refs.ts';

/** Longest a booking plus its buffer can be (480 + 240 minutes): how far back a booking can reach into a range. */
const LONGEST_CLAIM_MS = 12 * 60 * 60_000;

/** What confirmed and requested bookings hold in `range`: each `[start, claimEnd)`. */
export async function loadTakenRanges(botId: string, range: Range, ignoreBookingId?: string): Promise<Range[]> {
  const bookings = await refs
    .bookings(botId)
    .where('status', 'in', holdingBookingStatuses)
    .where('start', '>=', Timestamp.fromMillis(range.start - LONGEST_CLAIM_MS))
    .where('start', '<', Timestamp.fromMillis(range.end))
    .get();
  return bookings.docs
    .filter((doc) => doc.id !== ignoreBookingId)
    .map((doc) => {
      const booking = doc.data();
      return { start: booking.start.toMillis(), end: booking.claimEnd.toMillis() };
    })
    .filter((taken) => taken.end > range.start);
}
