import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';

/**
 * Owners set how many days conversations are kept after their last activity (`null`: kept). New writes
 * carry the new `expireAt` at once; existing conversations and messages are re-stamped here, so the
 * Firestore TTL policy applies the new period to everything the tenant has.
 */
export const setRetention = defineCallable(
  'setRetention',
  { maxInstances: 5, timeoutSeconds: 540, memory: '512MiB' },
  async ({ input }) => {
    await refs.tenant(input.tenantId).update({ retentionDays: input.retentionDays });

    let restamped = 0;
    const writer = db.bulkWriter();
    const bots = await refs.bots().where('tenantId', '==', input.tenantId).get();
    for (const bot of bots.docs) {
      const conversations = await refs.conversations(bot.id).get();
      for (const conversation of conversations.docs) {
        const lastActivity = conversation.data().lastActivityAt;
        const lastActivityMs = lastActivity?.toMillis() ?? conversation.createTime.toMillis();
        void writer.update(conversation.ref, { expireAt: expireAtFor(lastActivityMs, input.retentionDays) });
        const messages = await refs.messages(bot.id, conversation.id).get();
        for (const message of messages.docs) {
          const written = message.data().createdAt;
          const writtenMs = written?.toMillis() ?? message.createTime.toMillis();
          void writer.update(message.ref, { expireAt: expireAtFor(writtenMs, input.retentionDays) });
        }
        restamped += 1 + messages.size;
      }
    }
    await writer.close();
    return { retentionDays: input.retentionDays, restamped };
  },
);
