import { messageIds } from '@frontdesk/contract';
import { openAiApiKey, sendMessageConcurrency, sendMessageMinInstances } from '../config.ts';
import { withKnowledge } from '../domain/chat/buildPrompt.ts';
import { recordUnanswered } from '../knowledge/recordUnanswered.ts';
import { retrieveKnowledge } from '../knowledge/retrieveKnowledge.ts';
import { clientAddress } from '../lib/clientAddress.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { createBookingToolRunner } from './bookingTools.ts';
import { providerConfig } from './providerConfig.ts';
import { runReply } from './runReply.ts';
import { admitTurn } from './turn/admitTurn.ts';
import { loadTurn } from './turn/loadTurn.ts';
import { openTurn } from './turn/openTurn.ts';
import { replayedTurn } from './turn/replayedTurn.ts';

/**
 * A visitor's message, in steps: load and check the turn, admit it (budget and rate limits, before any model
 * call), open it (record the question and an empty reply that holds the budget reservation), then run the
 * reply, streamed into Firestore, with the bot's knowledge near the question in its prompt (retrieved meanwhile). The call returns when the reply has ended; the widget shows it earlier
 * through its listener.
 */
export const sendMessage = defineCallable(
  'sendMessage',
  {
    secrets: [openAiApiKey],
    timeoutSeconds: 300,
    maxInstances: 50,
    memory: '256MiB',
    // Cold starts and their cost: README, "Latency in production".
    minInstances: sendMessageMinInstances,
    concurrency: sendMessageConcurrency,
  },
  async ({ uid, input, request }) => {
    const loaded = await loadTurn({ visitorUid: uid, request: input, origin: request.rawRequest.headers.origin });
    if (loaded.kind === 'repeat') return replayedTurn(loaded);
    const turn = await admitTurn(loaded, clientAddress(request.rawRequest));
    const provider = providerConfig();
    // Retrieval (an embedding call and findNearest) runs while the turn is opened: it adds little to the first token.
    const retrieval = turn.aiAnswers ? retrieveKnowledge(turn.botId, turn.question) : Promise.resolve(null);
    const opened = await openTurn(turn, provider.leaseMs);
    const knowledge = await retrieval;
    if (opened.kind === 'repeat') return replayedTurn(turn);

    const ids = { conversationId: turn.conversationId, visitorMessageId: messageIds.visitor(turn.clientMessageId) };
    if (opened.kind === 'human') {
      await opened.counted;
      return { ...ids, replyMessageId: null, status: 'human' as const };
    }
    const { bot, settings, tenant } = turn.context;
    const { model } = turn;
    const unanswered = knowledge?.unanswered
      ? recordUnanswered({
          botId: turn.botId,
          tenantId: bot.tenantId,
          question: turn.question,
          retentionDays: tenant.retentionDays ?? null,
        })
      : null;
    const status = await runReply(
      {
        botId: turn.botId,
        tenantId: bot.tenantId,
        conversationId: turn.conversationId,
        replyMessageId: opened.replyMessageId,
        model,
        temperature: settings.temperature,
        maxOutputTokens: settings.maxOutputTokens,
        prompt: knowledge ? withKnowledge(turn.prompt, knowledge.passages) : turn.prompt,
        knowledge,
        retentionDays: tenant.retentionDays ?? null,
        runTool: bot.appointmentsEnabled
          ? createBookingToolRunner({ botId: turn.botId, visitorUid: uid, conversationId: turn.conversationId })
          : undefined,
        refusedFields: settings.modelStatus?.model === model ? settings.modelStatus.refusedFields : [],
        keepReasoning: settings.showReasoningToTeam,
        budgetLimits: turn.budgetLimits,
      },
      provider,
    );
    await Promise.all([unanswered, opened.counted]);
    return { ...ids, replyMessageId: opened.replyMessageId, status };
  },
);
