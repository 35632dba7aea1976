import { paths } from '@frontdesk/contract';
import { toPlainJson } from '../domain/export/toPlainJson.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';

/** Fields an export leaves out: a booking's cancel token hash is a credential, not the visitor's data. */
const SECRET_FIELDS = ['cancelTokenHash'];

/**
 * One visitor's conversation for a data access request: the conversation, every message in order and the
 * bookings made from it, as plain JSON with ISO 8601 times. Owners and admins only.
 */
export const exportConversation = defineCallable('exportConversation', { maxInstances: 10 }, async ({ input }) => {
  const conversationRef = db.doc(paths.conversation(input.botId, input.conversationId));
  const [conversation, messages, bookings] = await Promise.all([
    conversationRef.get(),
    conversationRef.collection('messages').orderBy('createdAt').get(),
    db.collection(paths.bookings(input.botId)).where('conversationId', '==', input.conversationId).get(),
  ]);
  if (!conversation.exists) {
    throw refuse('not-found', 'conversation_not_found', 'This conversation does not exist.');
  }
  const plain = (doc: FirebaseFirestore.DocumentSnapshot) =>
    toPlainJson({ id: doc.id, ...doc.data() }, SECRET_FIELDS) as Record<string, unknown>;
  return {
    conversation: plain(conversation),
    messages: messages.docs.map(plain),
    bookings: bookings.docs.map(plain),
  };
});
