import { createBookingToolRunner } from '../bookingTools.ts';
import type { ProviderConfig } from '../runReply.ts';
import { runReply } from '../runReply.ts';
import type { AdmittedTurn } from './admitTurn.ts';

/** Runs the model's answer to an opened turn into its reply document; resolves when the reply has ended. */
export function answerTurn(turn: AdmittedTurn, replyMessageId: string, provider: ProviderConfig) {
  const { bot, settings, tenant } = turn.context;
  const { model } = turn;
  return runReply(
    {
      botId: turn.botId,
      tenantId: bot.tenantId,
      conversationId: turn.conversationId,
      replyMessageId,
      model,
      temperature: settings.temperature,
      maxOutputTokens: settings.maxOutputTokens,
      prompt: turn.prompt,
      retentionDays: tenant.retentionDays ?? null,
      runTool: bot.appointmentsEnabled
        ? createBookingToolRunner({
            botId: turn.botId,
            visitorUid: turn.visitorUid,
            conversationId: turn.conversationId,
          })
        : undefined,
      refusedFields: settings.modelStatus?.model === model ? settings.modelStatus.refusedFields : [],
      keepReasoning: settings.showReasoningToTeam,
      budgetLimits: turn.budgetLimits,
    },
    provider,
  );
}
