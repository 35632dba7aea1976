import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { toPlainJson } from '../domain/export/toPlainJson.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/** Fields an export leaves out: a booking's cancel token hash is a credential, not the visitor's data. */
const SECRET_FIELDS = ['cancelTokenHash'];

/**
 * One visitor's conversation for a data access request: the conversation, every message in order (with what
 * the team knows about it: the model, usage and timing of a reply, the author of an agent's message) and the
 * bookings made from it, as plain JSON with ISO 8601 times. Owners and admins only.
 */
export const exportConversation = defineCallable('exportConversation', { maxInstances: 10 }, async ({ input }) => {
  const [conversation, messages, metas, bookings] = await Promise.all([
    refs.conversation(input.botId, input.conversationId).get(),
    refs.messages(input.botId, input.conversationId).orderBy('createdAt').get(),
    refs.messageMetas(input.botId, input.conversationId).get(),
    refs.bookings(input.botId).where('conversationId', '==', input.conversationId).get(),
  ]);
  if (!conversation.exists) {
    throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
  }
  // Each document as stored, every field kept: the converters check the shape and leave nothing out.
  const plain = (doc: DocumentSnapshot) =>
    toPlainJson({ id: doc.id, ...doc.data() }, SECRET_FIELDS) as Record<string, unknown>;
  const teamFields = new Map(
    metas.docs.map((meta) => {
      const { model, usage, timing, authorUid } = meta.data();
      return [meta.id, toPlainJson({ model, usage, timing, authorUid }) as Record<string, unknown>];
    }),
  );
  return {
    conversation: plain(conversation),
    messages: messages.docs.map((message) => ({ ...plain(message), ...teamFields.get(message.id) })),
    bookings: bookings.docs.map(plain),
  };
});
