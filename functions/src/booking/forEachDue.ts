import type { DocumentReference } from 'firebase-admin/firestore';
import { Timestamp } from 'firebase-admin/firestore';
import { refs } from '../lib/documents/refs.ts';

const PAGE_SIZE = 200;
const IN_FLIGHT = 16;

/**
 * Runs `act` for every booking of every bot whose `field` is due at `now`, a page at a time in order of the
 * field, a few at once. `act` must re-check in its own transaction (a booking listed here may have changed
 * since); it answers whether it acted. Answers how many it did.
 */
export async function forEachDue(
  field: 'reminderAt' | 'requestExpiresAt',
  now: number,
  act: (ref: DocumentReference, botId: string) => Promise<boolean>,
): Promise<number> {
  let acted = 0;
  let after: FirebaseFirestore.QueryDocumentSnapshot | undefined;
  for (;;) {
    let query = refs.allBookings().where(field, '<=', Timestamp.fromMillis(now)).orderBy(field).limit(PAGE_SIZE);
    if (after) query = query.startAfter(after);
    const page = await query.get();
    const docs = page.docs;
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(IN_FLIGHT, docs.length) }, async () => {
        while (next < docs.length) {
          const doc = docs[next++] as (typeof docs)[number];
          if (await act(doc.ref, doc.data().botId)) acted += 1;
        }
      }),
    );
    if (docs.length < PAGE_SIZE) return acted;
    after = docs.at(-1);
  }
}
