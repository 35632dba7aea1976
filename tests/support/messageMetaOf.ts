import { type MessageMeta, paths } from '@frontdesk/contract';
import { db } from './db.ts';

/** What the team sees about a message (model, usage, timing, reservation, author): its `messageMeta` document. */
export async function messageMetaOf(
  botId: string,
  conversationId: string,
  messageId: string,
): Promise<MessageMeta | undefined> {
  return (await db.doc(`${paths.messageMeta(botId, conversationId)}/${messageId}`).get()).data() as
    | MessageMeta
    | undefined;
}
