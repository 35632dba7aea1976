import { apiChatRequestSchema, messageIds } from '@frontdesk/contract';
import type { Request, Response } from 'express';
import { providerConfig } from '../chat/providerConfig.ts';
import { admitTurn } from '../chat/turn/admitTurn.ts';
import { answerTurn } from '../chat/turn/answerTurn.ts';
import { loadTurn, type TurnPlace } from '../chat/turn/loadTurn.ts';
import { openTurnWithKnowledge } from '../chat/turn/openTurnWithKnowledge.ts';
import { assertVisitorOwns } from '../conversations/assertVisitorOwns.ts';
import { parseEventId, streamFormatFor } from '../domain/api/apiEvents.ts';
import { apiVisitorUid } from '../domain/api/apiVisitorUid.ts';
import { idempotentIds } from '../domain/api/idempotentIds.ts';
import { refs } from '../lib/documents/refs.ts';
import { errorCodeOf, log } from '../lib/log.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { type ApiStream, openApiStream } from './apiStream.ts';
import type { ApiCaller } from './authenticateApiKey.ts';
import { followReply } from './followReply.ts';
import { keyMessagesToday } from './keyMessagesToday.ts';
import { keyRateRules } from './keyRateRules.ts';
import { readJsonBody } from './readJsonBody.ts';

/**
 * `POST /api/v1/chat`: the widget's turn (load, admit with the key's rate limits and the tenant's budget, open,
 * answer) with its reply streamed to the client by following the reply document. Everything that can refuse
 * the request does so before the stream opens, as an HTTP status; once it is open, failures are `error` events.
 */
export async function apiChat(request: Request, response: Response, caller: ApiCaller): Promise<void> {
  const body = parseRequest(apiChatRequestSchema, readJsonBody(request));
  const visitorUid = apiVisitorUid(body.externalUserId);
  const format = streamFormatFor(request.headers.accept);
  const lastEventId = body.lastEventId ?? request.header('last-event-id');
  if (body.message === undefined) {
    return resume(response, { caller, visitorUid, format, conversationId: body.conversationId, lastEventId });
  }

  const idempotencyKey = request.header('idempotency-key');
  if (idempotencyKey !== undefined && !/^[\x21-\x7e]{1,200}$/.test(idempotencyKey)) {
    throw refuse('invalid-argument', 'invalid_input', 'Idempotency-Key: must be 1–200 visible ASCII characters');
  }
  const ids = idempotencyKey
    ? idempotentIds({ botId: caller.botId, visitorUid, idempotencyKey, conversationId: body.conversationId })
    : { conversationId: body.conversationId, clientMessageId: undefined };
  const now = Date.now();
  const today = keyMessagesToday(caller);
  // The key's day is read while the turn loads; a repeated message replays whatever the day's count says.
  const dayRefusal = today.assertUnder(now).then(
    () => null,
    (error: unknown) => error,
  );
  const loaded = await loadTurn({
    visitorUid,
    request: { botId: caller.botId, text: body.message, ...ids },
    origin: 'server',
  });
  if (loaded.kind === 'repeat') return replay(response, format, loaded, body.message);
  const refused = await dayRefusal;
  if (refused) throw refused;
  const turn = await admitTurn(loaded, keyRateRules(caller));
  const provider = providerConfig();
  const { opened, knowledge } = await openTurnWithKnowledge(turn, provider.leaseMs);
  if (opened.kind === 'repeat') return replay(response, format, turn, body.message);
  // Counted once the turn is written, while the model answers; a lost count lets one message more through.
  const countedToday = today
    .add(now)
    .catch((error: unknown) => log.warn('api.dayCountFailed', { botId: caller.botId, cause: errorCodeOf(error) }));

  const stream = openApiStream(response, format);
  const start = { conversationId: turn.conversationId, messageId: messageIds.visitor(turn.clientMessageId) };
  if (opened.kind === 'human') {
    await Promise.all([opened.counted, countedToday]);
    return human(stream, start);
  }
  stream.send({ type: 'start', ...start, replyId: opened.replyMessageId });
  // The reply is written whether or not the client stays; the request ends when both have.
  const answered = Promise.all([
    answerTurn(turn, opened.replyMessageId, provider, knowledge),
    opened.counted,
    countedToday,
  ]);
  await followReply(stream, { ...turn, replyId: opened.replyMessageId }, 0);
  await answered;
}

/** A turn with the same `Idempotency-Key` as an earlier one: its reply, streamed from the start. */
async function replay(response: Response, format: ReturnType<typeof streamFormatFor>, place: TurnPlace, text: string) {
  const { botId, conversationId, clientMessageId } = place;
  const [question, reply] = await Promise.all([
    refs.message(botId, conversationId, messageIds.visitor(clientMessageId)).get(),
    refs.message(botId, conversationId, messageIds.reply(clientMessageId)).get(),
  ]);
  if (question.data()?.text !== text) {
    throw refuse(
      'already-exists',
      'idempotency_conflict',
      'This Idempotency-Key was used for another message; use a new key for a new message.',
    );
  }
  const stream = openApiStream(response, format);
  const start = { conversationId, messageId: question.id };
  if (!reply.exists) return human(stream, start);
  stream.send({ type: 'start', ...start, replyId: reply.id });
  await followReply(stream, { botId, conversationId, replyId: reply.id }, 0);
}

/** A person on the team handles the conversation: the question is recorded and the model is not asked. */
function human(stream: ApiStream, start: { conversationId: string; messageId: string }): void {
  stream.send({ type: 'start', ...start, replyId: null });
  stream.send({ type: 'human', conversationId: start.conversationId });
  stream.end();
}

/** A client that lost its stream continues it from the last event it received. */
async function resume(
  response: Response,
  input: {
    caller: ApiCaller;
    visitorUid: string;
    format: ReturnType<typeof streamFormatFor>;
    conversationId: string | undefined;
    lastEventId: string | undefined;
  },
): Promise<void> {
  const from = input.lastEventId ? parseEventId(input.lastEventId) : null;
  if (!input.conversationId || !from) {
    throw refuse(
      'invalid-argument',
      'invalid_input',
      'lastEventId: must be an event id the stream sent, like abc-r:120',
    );
  }
  const { botId } = input.caller;
  const conversation = (await refs.conversation(botId, input.conversationId).get()).data();
  if (!conversation) throw notFound();
  assertVisitorOwns(conversation, input.visitorUid);
  const reply = await refs.message(botId, input.conversationId, from.replyId).get();
  const clientMessageId = reply.data()?.role === 'assistant' ? reply.id.replace(/-r$/, '') : null;
  if (!clientMessageId) throw notFound();
  const stream = openApiStream(response, input.format);
  stream.send({
    type: 'start',
    conversationId: input.conversationId,
    messageId: messageIds.visitor(clientMessageId),
    replyId: reply.id,
  });
  await followReply(stream, { botId, conversationId: input.conversationId, replyId: reply.id }, from.sent);
}

const notFound = () =>
  refuse('not-found', 'conversation_not_found', 'There is no such conversation or reply for this API key.');
