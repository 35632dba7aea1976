import { type ApiTranscript, externalUserIdSchema } from '@frontdesk/contract';
import type { Request } from 'express';
import { z } from 'zod';
import { assertVisitorOwns } from '../conversations/assertVisitorOwns.ts';
import { apiVisitorUid } from '../domain/api/apiVisitorUid.ts';
import { refs } from '../lib/documents/refs.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import type { ApiCaller } from './authenticateApiKey.ts';

const MAX_MESSAGES = 500;
const querySchema = z.object({ externalUserId: externalUserIdSchema.optional() });

/**
 * `GET /api/v1/conversations/{id}`: what the widget shows of an API conversation (the team's notes, models and
 * usage stay out), its latest 500 messages, oldest first. Only conversations this user started through the API.
 */
export async function apiTranscript(
  request: Request,
  caller: ApiCaller,
  conversationId: string,
): Promise<ApiTranscript> {
  const { externalUserId } = parseRequest(querySchema, { externalUserId: request.query.externalUserId });
  const conversation = (await refs.conversation(caller.botId, conversationId).get()).data();
  if (!conversation) {
    throw refuse('not-found', 'conversation_not_found', `There is no conversation "${conversationId}" for this bot.`);
  }
  assertVisitorOwns(conversation, apiVisitorUid(externalUserId));
  const newestFirst = await refs
    .messages(caller.botId, conversationId)
    .orderBy('createdAt', 'desc')
    .limit(MAX_MESSAGES)
    .get();
  return {
    conversationId,
    status: conversation.status,
    messages: newestFirst.docs.reverse().map((doc) => {
      const message = doc.data();
      return {
        id: doc.id,
        role: message.role,
        text: message.text,
        status: message.status,
        errorCode: message.errorCode,
        createdAt: (message.createdAt ?? doc.createTime).toDate().toISOString(),
      };
    }),
  };
}
