import { type Message, paths } from '@frontdesk/contract';
import { db } from './db.ts';

/** The messages of one conversation, oldest first, each with its document id. */
export async function messagesOf(botId: string, conversationId: string): Promise<Array<Message & { id: string }>> {
  const snapshot = await db.collection(paths.messages(botId, conversationId)).orderBy('createdAt').get();
  return snapshot.docs.map((doc) => ({ id: doc.id, ...(doc.data() as Message) }));
}
