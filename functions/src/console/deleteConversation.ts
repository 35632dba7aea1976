import { deleteConversationRequestSchema, paths } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';

/**
 * Erasure: deletes a conversation with everything under it (its messages and any subcollection added
 * later). Bookings made from it are business records: they stay until cancelled. Owners and admins only.
 */
export const deleteConversation = onCall(
  { maxInstances: 10, timeoutSeconds: 120 },
  async (request): Promise<{ conversationId: string }> => {
    const uid = requireUid(request.auth);
    const input = parseRequest(deleteConversationRequestSchema, request.data);
    await requireBotPermission(uid, input.botId, 'data');
    const conversationRef = db.doc(paths.conversation(input.botId, input.conversationId));
    if (!(await conversationRef.get()).exists) {
      throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
    }
    await db.recursiveDelete(conversationRef);
    return { conversationId: input.conversationId };
  },
);
