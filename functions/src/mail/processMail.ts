import { paths } from '@frontdesk/contract';
import type { Firestore } from 'firebase-admin/firestore';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { mailRetentionDays } from '../config.ts';
import { endOfDelivery } from '../domain/mail/endOfDelivery.ts';
import { afterFailedAttempt, canClaimMail, MAIL_LEASE_MS, type MailDelivery } from '../domain/mail/mailDelivery.ts';
import type { OutgoingMail } from '../domain/mail/OutgoingMail.ts';
import { converters } from '../lib/documents/converters.ts';
import { errorCodeOf, log } from '../lib/log.ts';

export type SendMail = (mail: OutgoingMail) => Promise<{ messageId: string }>;

/**
 * Sends one outbox mail at most once however often it is triggered: a transaction claims it with a lease
 * (PENDING → PROCESSING), the mail is sent outside the transaction, then the outcome is recorded (SENT, or
 * RETRY with backoff, or ERROR after the last attempt). A second trigger finds it claimed and does nothing.
 * When delivery ends (SENT or ERROR) the text is dropped, so no cancel link or visitor detail stays in the
 * outbox, and `expireAt` lets the TTL policy delete the rest MAIL_RETENTION_DAYS later.
 */
export async function processMail(
  db: Firestore,
  mailId: string,
  send: SendMail,
  now = Date.now(),
): Promise<'sent' | 'skipped' | 'failed'> {
  const ref = db.collection(paths.mail()).doc(mailId).withConverter(converters.mail);
  const claimed = await db.runTransaction(async (tx) => {
    const mail = (await tx.get(ref)).data();
    if (!mail) return null;
    const delivery: MailDelivery = {
      state: mail.delivery.state,
      attempts: mail.delivery.attempts,
      leaseExpireTime: mail.delivery.leaseExpireTime?.toMillis() ?? null,
      nextAttemptAt: mail.delivery.nextAttemptAt?.toMillis() ?? null,
    };
    if (!canClaimMail(delivery, now)) return null;
    const attempts = delivery.attempts + 1;
    tx.update(ref, {
      'delivery.state': 'PROCESSING',
      'delivery.attempts': attempts,
      'delivery.leaseExpireTime': Timestamp.fromMillis(now + MAIL_LEASE_MS),
      'delivery.startTime': FieldValue.serverTimestamp(),
    });
    return { mail, attempts };
  });
  if (!claimed) return 'skipped';

  try {
    const info = await send({ to: claimed.mail.to, message: claimed.mail.message });
    await ref.update({
      ...ended(now),
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
      ...(next.state === 'ERROR' ? ended(now) : {}),
      'delivery.state': next.state,
      'delivery.nextAttemptAt': next.nextAttemptAt === null ? null : Timestamp.fromMillis(next.nextAttemptAt),
      'delivery.leaseExpireTime': null,
      'delivery.error': String((error as Error).message ?? error).slice(0, 500),
    });
    // `mail.error`: one line per mail that finally failed, for the log-based metric and alert (README).
    log[next.state === 'ERROR' ? 'error' : 'warn'](next.state === 'ERROR' ? 'mail.error' : 'mail.retry', {
      mailId: ref.id,
      tenantId: claimed.mail.tenantId ?? null,
      botId: claimed.mail.botId ?? null,
      errorCode: errorCodeOf(error),
      attempts: claimed.attempts,
    });
    return 'failed';
  }
}

/** The fields that end a mail's life in the outbox: its text gone, its expiry set. */
function ended(now: number) {
  const { message, expireAt } = endOfDelivery(now, mailRetentionDays.value());
  return { message, expireAt: Timestamp.fromMillis(expireAt) };
}
