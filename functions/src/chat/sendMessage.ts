import { messageIds } from '@frontdesk/contract';
import { openAiApiKey } from '../config.ts';
import { clientAddress } from '../lib/clientAddress.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { chatToolsFor, createBookingToolRunner } from './bookingTools.ts';
import { providerConfig } from './providerConfig.ts';
import { runReply } from './runReply.ts';
import { toolDefinition } from './tools/toolDefinition.ts';
import { admitTurn } from './turn/admitTurn.ts';
import { loadTurn } from './turn/loadTurn.ts';
import { openTurn } from './turn/openTurn.ts';
import { replayedTurn } from './turn/replayedTurn.ts';

/**
 * A visitor's message, in steps: load and check the turn, admit it (budget and rate limits, before any model
 * call), open it (record the question and an empty reply that holds the budget reservation), then run the
 * reply, streamed into Firestore. The call returns when the reply has ended; the widget shows it earlier
 * through its listener.
 */
export const sendMessage = defineCallable(
  'sendMessage',
  { secrets: [openAiApiKey], timeoutSeconds: 300, maxInstances: 50, memory: '256MiB' },
  async ({ uid, input, request }) => {
    const loaded = await loadTurn({ visitorUid: uid, request: input, origin: request.rawRequest.headers.origin });
    if (loaded.kind === 'repeat') return replayedTurn(loaded);
    const turn = await admitTurn(loaded, clientAddress(request.rawRequest));
    const provider = providerConfig();
    const opened = await openTurn(turn, provider.leaseMs);
    if (opened.kind === 'repeat') return replayedTurn(turn);

    const ids = { conversationId: turn.conversationId, visitorMessageId: messageIds.visitor(turn.clientMessageId) };
    if (opened.kind === 'human') return { ...ids, replyMessageId: null, status: 'human' as const };
    const { bot, settings, tenant } = turn.context;
    const { model } = turn;
    const tools = chatToolsFor(bot.appointmentsEnabled ?? false);
    const status = await runReply(
      {
        botId: turn.botId,
        tenantId: bot.tenantId,
        conversationId: turn.conversationId,
        replyMessageId: opened.replyMessageId,
        model,
        temperature: settings.temperature,
        maxOutputTokens: settings.maxOutputTokens,
        prompt: turn.prompt,
        retentionDays: tenant.retentionDays ?? null,
        runTool: createBookingToolRunner(
          { botId: turn.botId, visitorUid: uid, conversationId: turn.conversationId },
          tools,
        ),
        toolDefinitions: tools.map(toolDefinition),
        refusedFields: settings.modelStatus?.model === model ? settings.modelStatus.refusedFields : [],
        keepReasoning: settings.showReasoningToTeam,
        messageEvents: (tenant.webhookEvents ?? []).includes('message.created'),
        budgetLimits: turn.budgetLimits,
      },
      provider,
    );
    return { ...ids, replyMessageId: opened.replyMessageId, status };
  },
);
