import { estimateTokens } from '../../domain/limits/tokenBudget.ts';
import { recordDailyUsage } from '../../limits/recordDailyUsage.ts';
import { releaseTokens, reserveTokens, type TokenReservation } from '../../limits/tokenBudget.ts';
import type { AdmittedTurn } from './admitTurn.ts';
import { restartReply } from './restartReply.ts';
import { startTurn } from './startTurn.ts';

/**
 * What opening a turn left to do: `answer` when a reply was written and the model should answer it,
 * `human` when the question was recorded for the team, `repeat` when another call got there first.
 */
export type OpenedTurn = { kind: 'answer'; replyMessageId: string } | { kind: 'human' } | { kind: 'repeat' };

/**
 * Writes the turn (the question and an empty reply, or the failed reply put back to `pending`) and owns the
 * budget reservation on the way: reserved before the reply exists, so the reply carries it from its first
 * version on; handed over to the reply when one was written, given back on every other outcome (a repeat,
 * a person answering, a refusal in the writing transaction). After that, whoever ends the reply settles it.
 */
export async function openTurn(turn: AdmittedTurn, leaseMs: number): Promise<OpenedTurn> {
  const reservation = turn.aiAnswers
    ? await reserveTokens({
        tenantId: turn.context.bot.tenantId,
        tokens: turn.reserveTokens,
        promptTokens: estimateTokens(turn.prompt.map((m) => m.content)),
        now: turn.now,
      })
    : null;
  let opened: OpenedTurn;
  try {
    opened = await writeTurn(turn, leaseMs, reservation);
  } catch (error) {
    if (reservation) await releaseTokens(reservation);
    throw error;
  }
  if (opened.kind !== 'answer' && reservation) await releaseTokens(reservation);
  return opened;
}

async function writeTurn(
  turn: AdmittedTurn,
  leaseMs: number,
  reservation: TokenReservation | null,
): Promise<OpenedTurn> {
  const place = { botId: turn.botId, conversationId: turn.conversationId, clientMessageId: turn.clientMessageId };
  if (turn.kind === 'regenerate' && reservation) {
    const replyMessageId = await restartReply({ ...place, leaseMs, reservation });
    return replyMessageId ? { kind: 'answer', replyMessageId } : { kind: 'repeat' };
  }
  const { bot, tenant } = turn.context;
  const started = await startTurn({
    ...place,
    tenantId: bot.tenantId,
    visitorUid: turn.visitorUid,
    text: turn.question,
    leaseMs,
    retentionDays: tenant.retentionDays ?? null,
    reservation,
  });
  if (started.replayed) return { kind: 'repeat' };
  await recordDailyUsage(bot.tenantId, turn.now, { messages: 1, conversations: started.createdConversation ? 1 : 0 });
  return started.replyMessageId ? { kind: 'answer', replyMessageId: started.replyMessageId } : { kind: 'human' };
}
