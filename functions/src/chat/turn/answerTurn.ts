import { withKnowledge } from '../../domain/chat/buildPrompt.ts';
import { recordUnanswered } from '../../knowledge/recordUnanswered.ts';
import type { Retrieval } from '../../knowledge/retrieveKnowledge.ts';
import { chatToolsFor, createBookingToolRunner } from '../bookingTools.ts';
import type { ProviderConfig } from '../runReply.ts';
import { runReply } from '../runReply.ts';
import { toolDefinition } from '../tools/toolDefinition.ts';
import type { AdmittedTurn } from './admitTurn.ts';

/**
 * Runs the model's answer to an opened turn into its reply document, with the bot's knowledge near the question
 * in its prompt; a question nothing answers is recorded meanwhile. Resolves when the reply has ended.
 */
export async function answerTurn(
  turn: AdmittedTurn,
  replyMessageId: string,
  provider: ProviderConfig,
  knowledge: Retrieval | null,
  /** The reply's text as it grows, for a caller that streams it (see runReply's `onText`). */
  onText?: (text: string) => void,
) {
  const { bot, settings, tenant } = turn.context;
  const { model } = turn;
  const retentionDays = tenant.retentionDays ?? null;
  // Handing over to a person is offered to every bot; booking only when the bot takes appointments.
  const tools = chatToolsFor(bot.appointmentsEnabled ?? false);
  const unanswered = knowledge?.unanswered
    ? recordUnanswered({ botId: turn.botId, tenantId: bot.tenantId, question: turn.question, retentionDays })
    : null;
  const [status] = await Promise.all([
    runReply(
      {
        botId: turn.botId,
        tenantId: bot.tenantId,
        conversationId: turn.conversationId,
        replyMessageId,
        model,
        temperature: settings.temperature,
        maxOutputTokens: settings.maxOutputTokens,
        prompt: knowledge ? withKnowledge(turn.prompt, knowledge.passages) : turn.prompt,
        knowledge,
        retentionDays,
        runTool: createBookingToolRunner(
          { botId: turn.botId, visitorUid: turn.visitorUid, conversationId: turn.conversationId },
          tools,
        ),
        toolDefinitions: tools.map(toolDefinition),
        refusedFields: settings.modelStatus?.model === model ? settings.modelStatus.refusedFields : [],
        keepReasoning: settings.showReasoningToTeam,
        messageEvents: (tenant.webhookEvents ?? []).includes('message.created'),
        budgetLimits: turn.budgetLimits,
        onText,
      },
      provider,
    ),
    unanswered,
  ]);
  return status;
}
