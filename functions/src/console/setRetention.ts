import { DEFAULT_BOOKING_RETENTION_DAYS, paths } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { bookingExpiry } from '../domain/booking/bookingExpiry.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';

/**
 * Owners set how many days conversations are kept after their last activity (`null`: kept) and, when given,
 * how many days bookings are kept after their appointment. New writes carry the new `expireAt` at once;
 * existing conversations and messages (and bookings, when their period is given) are re-stamped here, so
 * the Firestore TTL policy applies the new period to everything the tenant has.
 */
export const setRetention = defineCallable(
  'setRetention',
  { maxInstances: 5, timeoutSeconds: 540, memory: '512MiB' },
  async ({ uid, input, member }) => {
    const { bookingRetentionDays } = input;
    const periods = { retentionDays: input.retentionDays, ...(bookingRetentionDays ? { bookingRetentionDays } : {}) };
    await db.runTransaction(async (tx) => {
      const tenant = (await tx.get(refs.tenant(input.tenantId))).data();
      tx.update(refs.tenant(input.tenantId), periods);
      recordAudit(tx, {
        tenantId: input.tenantId,
        actorUid: uid,
        action: 'tenant.retention',
        target: paths.tenant(input.tenantId),
        before: {
          retentionDays: tenant?.retentionDays ?? null,
          bookingRetentionDays: tenant?.bookingRetentionDays ?? null,
        },
        after: periods,
      });
    });

    let restamped = 0;
    const writer = db.bulkWriter();
    const bots = await refs.bots().where('tenantId', '==', input.tenantId).get();
    for (const bot of bots.docs) {
      const conversations = await refs.conversations(bot.id).get();
      for (const conversation of conversations.docs) {
        const lastActivity = conversation.data().lastActivityAt;
        const lastActivityMs = lastActivity?.toMillis() ?? conversation.createTime.toMillis();
        void writer.update(conversation.ref, { expireAt: expireAtFor(lastActivityMs, input.retentionDays) });
        const [messages, metas] = await Promise.all([
          refs.messages(bot.id, conversation.id).get(),
          refs.messageMetas(bot.id, conversation.id).get(),
        ]);
        const writtenAt = new Map<string, number>();
        for (const message of messages.docs) {
          const written = message.data().createdAt;
          const writtenMs = written?.toMillis() ?? message.createTime.toMillis();
          writtenAt.set(message.id, writtenMs);
          void writer.update(message.ref, { expireAt: expireAtFor(writtenMs, input.retentionDays) });
        }
        // A message's meta (model, usage, author) expires with its message.
        for (const meta of metas.docs) {
          const writtenMs = writtenAt.get(meta.id) ?? meta.createTime.toMillis();
          void writer.update(meta.ref, { expireAt: expireAtFor(writtenMs, input.retentionDays) });
        }
        restamped += 1 + messages.size;
      }
      if (bookingRetentionDays) {
        const bookings = await refs.bookings(bot.id).get();
        for (const booking of bookings.docs) {
          const expireAt = bookingExpiry(booking.data().end.toMillis(), bookingRetentionDays);
          void writer.update(booking.ref, { expireAt: Timestamp.fromMillis(expireAt) });
        }
        restamped += bookings.size;
      }
    }
    await writer.close();
    return {
      retentionDays: input.retentionDays,
      bookingRetentionDays:
        bookingRetentionDays ?? member.tenant.bookingRetentionDays ?? DEFAULT_BOOKING_RETENTION_DAYS,
      restamped,
    };
  },
);
