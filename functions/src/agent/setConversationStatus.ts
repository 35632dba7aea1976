import { paths, type SetConversationStatusResponse, setConversationStatusRequestSchema } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';

/** A tenant member takes a conversation over (`human`), hands it back to the AI (`ai`) or closes it. */
export const setConversationStatus = onCall(
  { maxInstances: 20 },
  async (request): Promise<SetConversationStatusResponse> => {
    const uid = requireUid(request.auth);
    const input = parseRequest(setConversationStatusRequestSchema, request.data);
    const { tenant } = await requireBotPermission(uid, input.botId, 'conversations');
    const conversationRef = db.doc(paths.conversation(input.botId, input.conversationId));
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
