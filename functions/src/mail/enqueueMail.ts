import type { Transaction } from 'firebase-admin/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import type { OutgoingMail } from '../domain/mail/OutgoingMail.ts';
import type { MailDocument } from '../lib/documents/converters.ts';
import { refs } from '../lib/documents/refs.ts';

/**
 * What an outbox mail is about: its tenant, and the booking (with the conversation it was made from) or
 * invitation that caused it, so the mail goes when they do.
 */
export type MailAbout = Pick<MailDocument, 'tenantId' | 'botId' | 'bookingId' | 'conversationId' | 'kind' | 'uid'>;

/**
 * Adds mails to the outbox inside the caller's transaction: they exist exactly when the change that caused
 * them is committed, and are sent afterwards by the outbox trigger, never inside the transaction.
 */
export function enqueueMail(tx: Transaction, mails: OutgoingMail[], about: MailAbout): void {
  for (const mail of mails) {
    tx.create(refs.newMail(), {
      ...mail,
      ...about,
      createdAt: FieldValue.serverTimestamp(),
      delivery: { state: 'PENDING', attempts: 0, leaseExpireTime: null, nextAttemptAt: null, error: null, info: null },
    });
  }
}
