import { Timestamp } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';
import { refuse } from '../lib/refuse.ts';

/** A tenant member takes a conversation over (`human`), hands it back to the AI (`ai`) or closes it. */
export const setConversationStatus = defineCallable(
  'setConversationStatus',
  { maxInstances: 20 },
  async ({ input, member: { tenant } }) => {
    const conversationRef = refs.conversation(input.botId, input.conversationId);
    await db.runTransaction(async (tx) => {
      const conversation = await tx.get(conversationRef);
      if (!conversation.exists)
        throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
      const now = Date.now();
      tx.update(conversationRef, {
        status: input.status,
        lastActivityAt: Timestamp.fromMillis(now),
        expireAt: expireAtFor(now, tenant.retentionDays),
      });
    });
    return { status: input.status };
  },
);
