import { type Message, messageIds, paths, type SendMessageResponse } from '@frontdesk/contract';
import { db } from '../../lib/admin.ts';
import type { TurnPlace } from './loadTurn.ts';

/** The answer to a repeated call: the ids and the reply's current status, without doing anything again. */
export async function replayedTurn(place: TurnPlace): Promise<SendMessageResponse> {
  const replyMessageId = messageIds.reply(place.clientMessageId);
  const reply = await db.doc(`${paths.messages(place.botId, place.conversationId)}/${replyMessageId}`).get();
  return {
    conversationId: place.conversationId,
    visitorMessageId: messageIds.visitor(place.clientMessageId),
    replyMessageId: reply.exists ? replyMessageId : null,
    status: reply.exists ? (reply.get('status') as Message['status']) : 'human',
  };
}
