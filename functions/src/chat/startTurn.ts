import { type Conversation, type Message, paths } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { refuse } from '../lib/refuse.ts';

export interface Turn {
  conversationId: string;
  visitorMessageId: string;
  replyMessageId: string;
}

const PREVIEW_LENGTH = 140;

/**
 * Records the visitor's message and an empty `pending` reply in one transaction, creating the conversation
 * when it is new. A conversation that belongs to another visitor is refused.
 */
export async function startTurn(input: {
  botId: string;
  tenantId: string;
  visitorUid: string;
  conversationId?: string;
  text: string;
}): Promise<Turn> {
  const conversations = db.collection(paths.conversations(input.botId));
  const conversationRef = input.conversationId ? conversations.doc(input.conversationId) : conversations.doc();
  const messages = conversationRef.collection('messages');
  const visitorMessageRef = messages.doc();
  const replyRef = messages.doc();

  await db.runTransaction(async (tx) => {
    const existing = await tx.get(conversationRef);
    if (existing.exists && existing.get('visitorUid') !== input.visitorUid) {
      throw refuse(
        'permission-denied',
        'conversation_forbidden',
        'This conversation belongs to someone else; start a new one.',
      );
    }
    // Explicit times, the reply 1 ms after the visitor's message, so ordering by `createdAt` is never a tie.
    const at = Date.now();
    const now = Timestamp.fromMillis(at);
    const conversationUpdate: Partial<Conversation> = {
      preview: input.text.slice(0, PREVIEW_LENGTH),
      lastActivityAt: now,
    };
    if (existing.exists) {
      tx.update(conversationRef, conversationUpdate);
    } else {
      const conversation: Conversation = {
        botId: input.botId,
        tenantId: input.tenantId,
        visitorUid: input.visitorUid,
        status: 'ai',
        preview: '',
        createdAt: now,
        lastActivityAt: now,
        ...conversationUpdate,
      };
      tx.create(conversationRef, conversation);
    }
    const common = {
      visitorUid: input.visitorUid,
      tenantId: input.tenantId,
      errorCode: null,
      model: null,
      usage: null,
    };
    const updatedAt = FieldValue.serverTimestamp();
    tx.create(visitorMessageRef, {
      ...common,
      role: 'visitor',
      text: input.text,
      status: 'done',
      createdAt: now,
      updatedAt,
    } satisfies Message);
    tx.create(replyRef, {
      ...common,
      role: 'assistant',
      text: '',
      status: 'pending',
      createdAt: Timestamp.fromMillis(at + 1),
      updatedAt,
    } satisfies Message);
  });

  return { conversationId: conversationRef.id, visitorMessageId: visitorMessageRef.id, replyMessageId: replyRef.id };
}
