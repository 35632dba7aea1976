import { type BookSlotResponse, type Locale, messageIds } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { appendMessages } from '../conversations/appendMessages.ts';
import { assertVisitorOwns } from '../conversations/assertVisitorOwns.ts';
import { newMessage } from '../conversations/newMessage.ts';
import { db } from '../lib/admin.ts';
import { getAllTyped } from '../lib/documents/getAllTyped.ts';
import { refs } from '../lib/documents/refs.ts';
import { expireAtFor } from '../lib/expireAtFor.ts';

const noteText: Record<Locale, Record<'confirmed' | 'requested', string>> = {
  en: {
    confirmed: 'Your appointment is booked.',
    requested: 'Your appointment is requested: the time is held, and you will hear by mail once it is confirmed.',
  },
  de: {
    confirmed: 'Ihr Termin ist gebucht.',
    requested:
      'Ihr Termin ist angefragt: Die Zeit ist reserviert, und Sie erhalten eine E-Mail, sobald er bestätigt ist.',
  },
};

/** Refuses a booking that names another visitor's conversation, before anything is written. */
export async function assertConversationOf(visitorUid: string, botId: string, conversationId: string): Promise<void> {
  assertVisitorOwns((await refs.conversation(botId, conversationId).get()).data(), visitorUid);
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
  const conversation = refs.conversation(input.botId, input.conversationId);
  const messageRef = refs.message(input.botId, input.conversationId, messageIds.booking(input.booked.bookingId));
  const text = noteText[input.locale][input.booked.status ?? 'confirmed'];
  await db.runTransaction(async (tx) => {
    const [current, earlier] = await getAllTyped(tx, conversation, messageRef);
    if (current.data()?.visitorUid !== input.visitorUid || earlier.exists) return;
    const now = Timestamp.now();
    const expireAt = expireAtFor(now.toMillis(), input.retentionDays);
    const message = newMessage({
      role: 'assistant',
      text,
      visitorUid: input.visitorUid,
      tenantId: input.tenantId,
      attachments: [{ kind: 'booking', ...input.booked }],
      createdAt: now,
      expireAt,
    });
    // A new booking is news for the team.
    appendMessages(tx, {
      conversation: current,
      messages: [{ ref: messageRef, message }],
      at: now,
      expireAt,
      changes: { unreadForTeam: true },
    });
  });
}
