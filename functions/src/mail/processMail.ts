import type { Firestore, Timestamp } from 'firebase-admin/firestore';
import { FieldValue, Timestamp as FirestoreTimestamp } from 'firebase-admin/firestore';
import type { OutgoingMail } from '../domain/mail/OutgoingMail.ts';
import { afterFailedAttempt, canClaimMail, MAIL_LEASE_MS, type MailDelivery } from '../domain/mail/mailDelivery.ts';

export type SendMail = (mail: OutgoingMail) => Promise<{ messageId: string }>;

const millis = (value: unknown) => (value ? (value as Timestamp).toMillis() : null);

/**
 * Sends one outbox mail at most once however often it is triggered: a transaction claims it with a lease
 * (PENDING → PROCESSING), the mail is sent outside the transaction, then the outcome is recorded (SENT, or
 * RETRY with backoff, or ERROR after the last attempt). A second trigger finds it claimed and does nothing.
 */
export async function processMail(
  db: Firestore,
  mailId: string,
  send: SendMail,
  now = Date.now(),
): Promise<'sent' | 'skipped' | 'failed'> {
  const ref = db.collection('mail').doc(mailId);
  const claimed = await db.runTransaction(async (tx) => {
    const snapshot = await tx.get(ref);
    const stored = snapshot.get('delivery') as Record<string, unknown> | undefined;
    if (!snapshot.exists || !stored) return null;
    const delivery: MailDelivery = {
      state: stored.state as MailDelivery['state'],
      attempts: (stored.attempts as number | undefined) ?? 0,
      leaseExpireTime: millis(stored.leaseExpireTime),
      nextAttemptAt: millis(stored.nextAttemptAt),
    };
    if (!canClaimMail(delivery, now)) return null;
    const attempts = delivery.attempts + 1;
    tx.update(ref, {
      'delivery.state': 'PROCESSING',
      'delivery.attempts': attempts,
      'delivery.leaseExpireTime': FirestoreTimestamp.fromMillis(now + MAIL_LEASE_MS),
      'delivery.startTime': FieldValue.serverTimestamp(),
    });
    return { mail: snapshot.data() as OutgoingMail, attempts };
  });
  if (!claimed) return 'skipped';

  try {
    const info = await send({ to: claimed.mail.to, message: claimed.mail.message });
    await ref.update({
      'delivery.state': 'SENT',
      'delivery.leaseExpireTime': null,
      'delivery.endTime': FieldValue.serverTimestamp(),
      'delivery.info': { messageId: info.messageId },
      'delivery.error': null,
    });
    return 'sent';
  } catch (error) {
    const next = afterFailedAttempt(claimed.attempts, Date.now());
    await ref.update({
      'delivery.state': next.state,
      'delivery.nextAttemptAt': next.nextAttemptAt === null ? null : FirestoreTimestamp.fromMillis(next.nextAttemptAt),
      'delivery.leaseExpireTime': null,
      'delivery.error': String((error as Error).message ?? error).slice(0, 500),
    });
    return 'failed';
  }
}
