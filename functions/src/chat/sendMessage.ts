import { type Bot, paths, type SendMessageResponse, sendMessageRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { defaultModel, flushIntervalMs, openAiApiKey, openAiBaseUrl, replyTimeoutSeconds } from '../config.ts';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireUid } from '../lib/requireUid.ts';
import { runReply } from './runReply.ts';
import { startTurn } from './startTurn.ts';

/**
 * A visitor's message: recorded, then answered by the model with the reply streamed into Firestore.
 * The call returns when the reply has ended; the widget shows it earlier through its listener.
 */
export const sendMessage = onCall(
  { secrets: [openAiApiKey], timeoutSeconds: 300, maxInstances: 20, cors: true },
  async (request): Promise<SendMessageResponse> => {
    const visitorUid = requireUid(request.auth);
    const input = parseRequest(sendMessageRequestSchema, request.data);

    const botSnapshot = await db.doc(paths.bot(input.botId)).get();
    const bot = botSnapshot.data() as Bot | undefined;
    if (!bot)
      throw refuse('not-found', 'bot_not_found', `There is no bot "${input.botId}"; check the data-bot attribute.`);
    if (!bot.active) throw refuse('failed-precondition', 'bot_inactive', 'This bot is switched off.');

    const turn = await startTurn({ ...input, tenantId: bot.tenantId, visitorUid });
    const status = await runReply(
      { botId: input.botId, ...turn },
      {
        baseURL: openAiBaseUrl.value(),
        apiKey: openAiApiKey.value(),
        defaultModel: defaultModel.value(),
        flushIntervalMs: flushIntervalMs.value(),
        timeoutMs: replyTimeoutSeconds.value() * 1000,
      },
    );
    return { ...turn, status };
  },
);
