import { recordDailyUsage } from '../../limits/recordDailyUsage.ts';
import type { AdmittedTurn } from './admitTurn.ts';
import { restartReply } from './restartReply.ts';
import { startTurn } from './startTurn.ts';

/**
 * What opening a turn left to do: `answer` when a reply was written and the model should answer it,
 * `human` when the question was recorded for the team, `repeat` when another call got there first.
 */
export type OpenedTurn =
  | { kind: 'answer'; replyMessageId: string; counted: Promise<void> }
  | { kind: 'human'; counted: Promise<void> }
  | { kind: 'repeat' };

/**
 * Writes the turn (the question and an empty reply, or the failed reply put back to `pending`). The transaction
 * that writes a reply also reserves its budget and hands the reservation to the reply's meta, so the reply holds
 * it from its first version on and no other outcome (a repeat, a person answering, a refusal) reserves anything.
 * After that, whoever ends the reply settles it.
 */
export async function openTurn(turn: AdmittedTurn, leaseMs: number): Promise<OpenedTurn> {
  const place = { botId: turn.botId, conversationId: turn.conversationId, clientMessageId: turn.clientMessageId };
  const { bot, tenant } = turn.context;
  if (turn.kind === 'regenerate' && turn.budget) {
    const replyMessageId = await restartReply({ ...place, leaseMs, budget: turn.budget, model: turn.model });
    return replyMessageId ? { kind: 'answer', replyMessageId, counted: Promise.resolve() } : { kind: 'repeat' };
  }
  const started = await startTurn({
    ...place,
    tenantId: bot.tenantId,
    visitorUid: turn.visitorUid,
    text: turn.question,
    leaseMs,
    retentionDays: tenant.retentionDays ?? null,
    budget: turn.budget,
    model: turn.model,
    visitorContext: turn.visitorContext,
    messageEvents: (tenant.webhookEvents ?? []).includes('message.created'),
    conversationEvents:
      (tenant.webhookEvents ?? []).includes('conversation.created') ||
      (tenant.newConversationNotifiedBots ?? []).includes(turn.botId),
  });
  if (started.replayed) return { kind: 'repeat' };
  // Counted while the model is asked, not before: the caller awaits `counted` before it returns.
  const counted = recordDailyUsage(bot.tenantId, turn.now, {
    messages: 1,
    conversations: started.createdConversation ? 1 : 0,
  });
  return started.replyMessageId
    ? { kind: 'answer', replyMessageId: started.replyMessageId, counted }
    : { kind: 'human', counted };
}
