import { paths } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';

/** A team member opened the conversation: it is no longer marked unread for the team. */
export const markConversationRead = defineCallable('markConversationRead', { maxInstances: 20 }, async ({ input }) => {
  const ref = db.doc(paths.conversation(input.botId, input.conversationId));
  // update() fails on a missing document, so a deleted conversation is never recreated as a stub.
  await ref.update({ unreadForTeam: false }).catch((error: { code?: number }) => {
    if (error.code === 5) throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
    throw error;
  });
  return { conversationId: input.conversationId };
});
