import { randomUUID } from 'node:crypto';
import { type Message, type PostAgentReplyResponse, paths, postAgentReplyRequestSchema } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';

/**
 * A tenant member answers the visitor as a human. The conversation switches to `human`, which pauses the AI
 * until someone hands it back. The visitor sees the message live through their listener.
 */
export const postAgentReply = onCall({ maxInstances: 20 }, async (request): Promise<PostAgentReplyResponse> => {
  const uid = requireUid(request.auth);
  const input = parseRequest(postAgentReplyRequestSchema, request.data);
  const { tenantId, tenant } = await requireBotPermission(uid, input.botId, 'conversations');
  const conversationRef = db.doc(paths.conversation(input.botId, input.conversationId));
  const messageRef = conversationRef.collection('messages').doc(`${input.clientMessageId ?? randomUUID()}-a`);

  await db.runTransaction(async (tx) => {
    const [conversation, earlier] = await tx.getAll(conversationRef, messageRef);
    if (!conversation?.exists) throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
    if (earlier?.exists) return; // a retried call: already posted
    const now = Timestamp.now();
    const expireAt = expireAtFor(now.toMillis(), tenant.retentionDays);
    tx.create(messageRef, {
      role: 'agent',
      text: input.text,
      status: 'done',
      errorCode: null,
      visitorUid: conversation.get('visitorUid') as string,
      tenantId,
      model: null,
      usage: null,
      timing: null,
      leaseExpiresAt: null,
      authorUid: uid,
      createdAt: now,
      updatedAt: FieldValue.serverTimestamp(),
      expireAt,
    } satisfies Message);
    tx.update(conversationRef, {
      status: 'human',
      preview: input.text.slice(0, 140),
      lastActivityAt: now,
      messageCount: FieldValue.increment(1),
      // Whoever answers has read the conversation.
      unreadForTeam: false,
      expireAt,
    });
  });
  await recordDailyUsage(tenantId, new Date(), { messages: 1 });
  return { messageId: messageRef.id };
});
