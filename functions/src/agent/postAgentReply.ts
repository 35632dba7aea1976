import { randomUUID } from 'node:crypto';
import { type MessageMeta, messageIds } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { appendMessages } from '../conversations/appendMessages.ts';
import { newMessage } from '../conversations/newMessage.ts';
import { recordEvent } from '../events/recordEvent.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { getAllTyped } from '../lib/documents/getAllTyped.ts';
import { refs } from '../lib/documents/refs.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';
import { refuse } from '../lib/refuse.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';

/**
 * A tenant member answers the visitor as a human. The conversation switches to `human`, which pauses the AI
 * until someone hands it back. The visitor sees the message live through their listener; who on the team wrote
 * it is in the message's meta, which only the team reads.
 */
export const postAgentReply = defineCallable('postAgentReply', { maxInstances: 20 }, async ({ uid, input, member }) => {
  const { tenantId, tenant } = member;
  const conversationRef = refs.conversation(input.botId, input.conversationId);
  const messageId = messageIds.agent(input.clientMessageId ?? randomUUID());
  const messageRef = refs.message(input.botId, input.conversationId, messageId);
  const metaRef = refs.messageMeta(input.botId, input.conversationId, messageId);

  await db.runTransaction(async (tx) => {
    const [conversation, earlier] = await getAllTyped(tx, conversationRef, messageRef);
    const stored = conversation.data();
    if (!stored) throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
    if (earlier.exists) return; // a retried call: already posted
    const now = Timestamp.now();
    const expireAt = expireAtFor(now.toMillis(), tenant.retentionDays);
    const message = newMessage({
      role: 'agent',
      text: input.text,
      visitorUid: stored.visitorUid,
      tenantId,
      createdAt: now,
      expireAt,
    });
    appendMessages(tx, {
      conversation,
      messages: [{ ref: messageRef, message }],
      at: now,
      expireAt,
      // Whoever answers has read the conversation.
      changes: { status: 'human', unreadForTeam: false },
    });
    tx.create(metaRef, { tenantId, authorUid: uid, createdAt: now, expireAt } satisfies MessageMeta);
    // Always an event: besides webhooks, it is what mails the answer to a visitor who has left.
    recordEvent(tx, {
      type: 'message.created',
      role: 'agent',
      tenantId,
      botId: input.botId,
      conversationId: input.conversationId,
      data: { messageId: messageRef.id, role: 'agent', text: input.text },
    });
  });
  await recordDailyUsage(tenantId, new Date(), { messages: 1 });
  return { messageId: messageRef.id };
});
