import type { EventDocument } from '@frontdesk/contract';
import { Timestamp, type Transaction } from 'firebase-admin/firestore';
import { refs } from '../lib/documents/refs.ts';

/** Events are fanned out within seconds; the document stays a week for inspection, then the TTL policy deletes it. */
const EVENT_RETENTION_MS = 7 * 24 * 60 * 60_000;

/**
 * Records that something happened, in the transaction of the change itself: the event exists exactly when the
 * change does, and `fanOutEvent` turns it into webhook deliveries and notification mails afterwards. Answers its id.
 */
export function recordEvent(
  tx: Transaction,
  event: Omit<EventDocument, 'createdAt' | 'expireAt' | 'data'> & { data?: EventDocument['data'] },
): string {
  const ref = refs.events().doc();
  const now = Date.now();
  tx.create(ref, {
    ...event,
    data: event.data ?? {},
    createdAt: Timestamp.fromMillis(now),
    expireAt: Timestamp.fromMillis(now + EVENT_RETENTION_MS),
  });
  return ref.id;
}
