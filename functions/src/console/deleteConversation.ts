import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { deleteEventsOf } from '../events/deleteEventsOf.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { deleteMailsOfConversation } from '../mail/deleteMailsOfConversation.ts';

/**
 * Erasure: deletes a conversation with everything under it (its messages and any subcollection added
 * later), the outbox mails about it, and its events with their webhook deliveries (they carry message texts).
 * Bookings made from it are business records: they stay until cancelled or their retention period ends. Owners
 * and admins only.
 */
export const deleteConversation = defineCallable(
  'deleteConversation',
  { maxInstances: 10, timeoutSeconds: 120 },
  async ({ uid, input, member }) => {
    const conversationRef = refs.conversation(input.botId, input.conversationId);
    if (!(await conversationRef.get()).exists) {
      throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
    }
    // The record first, in its own transaction with a re-check: the deletion itself is too large for one.
    await db.runTransaction(async (tx) => {
      if (!(await tx.get(conversationRef)).exists) return;
      recordAudit(tx, {
        tenantId: member.bot.tenantId,
        actorUid: uid,
        action: 'conversation.delete',
        target: paths.conversation(input.botId, input.conversationId),
      });
    });
    await db.recursiveDelete(conversationRef);
    await deleteMailsOfConversation(input.botId, input.conversationId);
    await deleteEventsOf({ botId: input.botId, conversationId: input.conversationId });
    return { conversationId: input.conversationId };
  },
);
