import { messageIds, type SendMessageResponse } from '@frontdesk/contract';
import { refs } from '../../lib/documents/refs.ts';
import type { TurnPlace } from './loadTurn.ts';

/** The answer to a repeated call: the ids and the reply's current status, without doing anything again. */
export async function replayedTurn(place: TurnPlace): Promise<SendMessageResponse> {
  const replyMessageId = messageIds.reply(place.clientMessageId);
  const reply = (await refs.message(place.botId, place.conversationId, replyMessageId).get()).data();
  return {
    conversationId: place.conversationId,
    visitorMessageId: messageIds.visitor(place.clientMessageId),
    replyMessageId: reply ? replyMessageId : null,
    status: reply ? reply.status : 'human',
  };
}
