import { paths } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import type { Range } from '../domain/booking/timeRanges.ts';
import { db } from '../lib/admin.ts';

/** Longest a booking plus its buffer can be (480 + 240 minutes): how far back a booking can reach into a range. */
const LONGEST_CLAIM_MS = 12 * 60 * 60_000;

/** What confirmed bookings hold in `range`: each `[start, claimEnd)`. */
export async function loadTakenRanges(botId: string, range: Range): Promise<Range[]> {
  const bookings = await db
    .collection(paths.bookings(botId))
    .where('status', '==', 'confirmed')
    .where('start', '>=', Timestamp.fromMillis(range.start - LONGEST_CLAIM_MS))
    .where('start', '<', Timestamp.fromMillis(range.end))
    .get();
  return bookings.docs
    .map((doc) => ({
      start: (doc.get('start') as Timestamp).toMillis(),
      end: (doc.get('claimEnd') as Timestamp).toMillis(),
    }))
    .filter((taken) => taken.end > range.start);
}
