import { messageIds } from '@frontdesk/contract';
import { textChunks } from '@frontdesk/contract/textChunks';
import type { CallableResponse as StreamingResponse } from 'firebase-functions/v2/https';
import { openAiApiKey, sendMessageConcurrency, sendMessageMinInstances } from '../config.ts';
import { clientAddress } from '../lib/clientAddress.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { providerConfig } from './providerConfig.ts';
import { admitTurn, visitorRateRules } from './turn/admitTurn.ts';
import { answerTurn } from './turn/answerTurn.ts';
import { loadTurn } from './turn/loadTurn.ts';
import { openTurnWithKnowledge } from './turn/openTurnWithKnowledge.ts';
import { replayedTurn } from './turn/replayedTurn.ts';

/**
 * A visitor's message, in steps: load and check the turn, admit it (budget and rate limits, before any model
 * call), open it (record the question and an empty reply that holds the budget reservation), then run the
 * reply, streamed into Firestore, with the bot's knowledge near the question in its prompt (retrieved meanwhile).
 * The call returns when the reply has ended; the widget shows it earlier through its listener and, when it
 * accepts `text/event-stream`, through the reply's text streamed in the response (SendMessageChunk), which reaches
 * the tab that asked before the listener does.
 * The HTTP API (api/apiChat.ts) runs the same steps.
 */
export const sendMessage = defineCallable(
  'sendMessage',
  {
    secrets: [openAiApiKey],
    timeoutSeconds: 300,
    maxInstances: 50,
    memory: '256MiB',
    // Cold starts and their cost: README, "Deploying".
    minInstances: sendMessageMinInstances,
    concurrency: sendMessageConcurrency,
  },
  async ({ uid, input, request, response }) => {
    const loaded = await loadTurn({ visitorUid: uid, request: input, origin: request.rawRequest.headers.origin });
    if (loaded.kind === 'repeat') return replayedTurn(loaded);
    const turn = await admitTurn(loaded, await visitorRateRules(loaded, clientAddress(request.rawRequest)));
    const provider = providerConfig();
    const { opened, knowledge } = await openTurnWithKnowledge(turn, provider.leaseMs);
    if (opened.kind === 'repeat') return replayedTurn(turn);

    const ids = { conversationId: turn.conversationId, visitorMessageId: messageIds.visitor(turn.clientMessageId) };
    if (opened.kind === 'human') {
      await opened.counted;
      return { ...ids, replyMessageId: null, status: 'human' as const };
    }
    const [status] = await Promise.all([
      answerTurn(turn, opened.replyMessageId, provider, knowledge, streamTo(request.acceptsStreaming, response)),
      opened.counted,
    ]);
    return { ...ids, replyMessageId: opened.replyMessageId, status };
  },
);

/**
 * The reply's text as chunks in the call's response. A chunk that cannot be written (the page went away) is
 * dropped: the reply document is written all the same.
 */
function streamTo(accepts: boolean, response: StreamingResponse<unknown> | undefined) {
  if (!accepts || !response) return undefined;
  const next = textChunks();
  return (text: string) => {
    const chunk = next(text);
    if (chunk) response.sendChunk(chunk).catch(() => undefined);
  };
}
