import { markConversationReadRequestSchema, paths } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';

/** A team member opened the conversation: it is no longer marked unread for the team. */
export const markConversationRead = onCall(
  { maxInstances: 20 },
  async (request): Promise<{ conversationId: string }> => {
    const uid = requireUid(request.auth);
    const input = parseRequest(markConversationReadRequestSchema, request.data);
    await requireBotPermission(uid, input.botId, 'conversations');
    const ref = db.doc(paths.conversation(input.botId, input.conversationId));
    // update() fails on a missing document, so a deleted conversation is never recreated as a stub.
    await ref.update({ unreadForTeam: false }).catch((error: { code?: number }) => {
      if (error.code === 5) throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
      throw error;
    });
    return { conversationId: input.conversationId };
  },
);
