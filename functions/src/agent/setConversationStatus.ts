import { paths, type SetConversationStatusResponse, setConversationStatusRequestSchema } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireMember } from '../lib/requireMember.ts';
import { requireUid } from '../lib/requireUid.ts';

/** A tenant member takes a conversation over (`human`), hands it back to the AI (`ai`) or closes it. */
export const setConversationStatus = onCall(
  { maxInstances: 20 },
  async (request): Promise<SetConversationStatusResponse> => {
    const uid = requireUid(request.auth);
    const input = parseRequest(setConversationStatusRequestSchema, request.data);
    await requireMember(uid, input.botId);
    const conversationRef = db.doc(paths.conversation(input.botId, input.conversationId));
    await db.runTransaction(async (tx) => {
      const conversation = await tx.get(conversationRef);
      if (!conversation.exists)
        throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
      tx.update(conversationRef, { status: input.status, lastActivityAt: Timestamp.now() });
    });
    return { status: input.status };
  },
);
