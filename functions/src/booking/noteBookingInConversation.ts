import { type BookSlotResponse, type Locale, type Message, paths } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';
import { refuse } from '../lib/refuse.ts';

const noteText: Record<Locale, string> = {
  en: 'Your appointment is booked.',
  de: 'Ihr Termin ist gebucht.',
};

const conversationRef = (botId: string, conversationId: string) => db.doc(paths.conversation(botId, conversationId));

/** Refuses a booking that names another visitor's conversation, before anything is written. */
export async function assertConversationOf(visitorUid: string, botId: string, conversationId: string): Promise<void> {
  const conversation = await conversationRef(botId, conversationId).get();
  if (conversation.exists && conversation.get('visitorUid') !== visitorUid) {
    throw refuse('permission-denied', 'conversation_forbidden', 'This conversation belongs to someone else.');
  }
}

/**
 * Writes a booking the visitor made by clicking (the assistant's tool notes its own) into their conversation
 * as a message that carries it: the team reads it in the transcript, the model sees it in later turns and the
 * widget shows it after a reload. The message id comes from the booking id, so a retried call writes it once;
 * a conversation that does not exist yet gets nothing.
 */
export async function noteBookingInConversation(input: {
  botId: string;
  conversationId: string;
  visitorUid: string;
  tenantId: string;
  retentionDays: number | null;
  locale: Locale;
  booked: BookSlotResponse;
}): Promise<void> {
  const conversation = conversationRef(input.botId, input.conversationId);
  const messageRef = conversation.collection('messages').doc(`${input.booked.bookingId}-b`);
  const text = noteText[input.locale];
  await db.runTransaction(async (tx) => {
    const [current, earlier] = await tx.getAll(conversation, messageRef);
    if (!current?.exists || current.get('visitorUid') !== input.visitorUid || earlier?.exists) return;
    const now = Timestamp.now();
    const expireAt = expireAtFor(now.toMillis(), input.retentionDays);
    tx.create(messageRef, {
      role: 'assistant',
      text,
      status: 'done',
      errorCode: null,
      visitorUid: input.visitorUid,
      tenantId: input.tenantId,
      model: null,
      usage: null,
      timing: null,
      leaseExpiresAt: null,
      authorUid: null,
      attachments: [{ kind: 'booking', ...input.booked }],
      createdAt: now,
      updatedAt: FieldValue.serverTimestamp(),
      expireAt,
    } satisfies Message);
    tx.update(conversation, {
      preview: text,
      lastActivityAt: now,
      messageCount: FieldValue.increment(1),
      // A new booking is news for the team.
      unreadForTeam: true,
      expireAt,
    });
  });
}
