import { Timestamp } from 'firebase-admin/firestore';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { smtpConnectionUri } from '../config.ts';
import { db } from '../lib/admin.ts';
import { processMail } from './processMail.ts';
import { sendWithSmtp } from './smtpSender.ts';

/** Sends each new outbox mail; a re-delivered event finds it claimed and sends nothing. */
export const onMailCreated = onDocumentCreated(
  { document: 'mail/{mailId}', secrets: [smtpConnectionUri], maxInstances: 10, retry: false },
  async (event) => {
    // A failed attempt is logged by processMail (`mail.retry`, `mail.error`) and retried by the schedule below.
    await processMail(db, event.params.mailId, sendWithSmtp);
  },
);

/** Every minute: retries that are due, and mails whose sender died while holding the lease. */
export const retryMailSchedule = onSchedule(
  { schedule: 'every 1 minutes', secrets: [smtpConnectionUri], maxInstances: 1 },
  async () => {
    const now = Timestamp.now();
    const [retries, abandoned] = await Promise.all([
      db
        .collection('mail')
        .where('delivery.state', '==', 'RETRY')
        .where('delivery.nextAttemptAt', '<=', now)
        .limit(100)
        .get(),
      db
        .collection('mail')
        .where('delivery.state', '==', 'PROCESSING')
        .where('delivery.leaseExpireTime', '<=', now)
        .limit(100)
        .get(),
    ]);
    for (const doc of [...retries.docs, ...abandoned.docs]) await processMail(db, doc.id, sendWithSmtp);
  },
);
