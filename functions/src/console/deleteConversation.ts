import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { deleteMailsOfConversation } from '../mail/deleteMailsOfConversation.ts';

/**
 * Erasure: deletes a conversation with everything under it (its messages and any subcollection added
 * later) and the outbox mails about it. Bookings made from it are business records: they stay until
 * cancelled or their retention period ends. Owners and admins only.
 */
export const deleteConversation = defineCallable(
  'deleteConversation',
  { maxInstances: 10, timeoutSeconds: 120 },
  async ({ input }) => {
    const conversationRef = refs.conversation(input.botId, input.conversationId);
    if (!(await conversationRef.get()).exists) {
      throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
    }
    await db.recursiveDelete(conversationRef);
    await deleteMailsOfConversation(input.botId, input.conversationId);
    return { conversationId: input.conversationId };
  },
);
