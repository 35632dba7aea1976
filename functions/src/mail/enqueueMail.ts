import { paths } from '@frontdesk/contract';
import type { Transaction } from 'firebase-admin/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import type { OutgoingMail } from '../domain/mail/OutgoingMail.ts';
import { db } from '../lib/admin.ts';

/**
 * Adds mails to the outbox inside the caller's transaction: they exist exactly when the change that caused
 * them is committed, and are sent afterwards by the outbox trigger, never inside the transaction.
 */
export function enqueueMail(tx: Transaction, mails: OutgoingMail[], about: Record<string, string>): void {
  for (const mail of mails) {
    tx.create(db.collection(paths.mail()).doc(), {
      ...mail,
      ...about,
      createdAt: FieldValue.serverTimestamp(),
      delivery: { state: 'PENDING', attempts: 0, leaseExpireTime: null, nextAttemptAt: null, error: null, info: null },
    });
  }
}
