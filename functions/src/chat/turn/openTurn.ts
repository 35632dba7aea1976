import type { TokenReservation } from '@frontdesk/contract';
import { releaseReservation } from '../../limits/budgetChanges.ts';
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
 * Writes the turn (the question and an empty reply, or the failed reply put back to `pending`) and owns the
 * budget reservation admitTurn made: handed over to the reply's meta when a reply was written, so the reply
 * holds it from its first version on; given back on every other outcome (a repeat, a person answering, a
 * refusal in the writing transaction). After that, whoever ends the reply settles it.
 */
export async function openTurn(turn: AdmittedTurn, leaseMs: number): Promise<OpenedTurn> {
  const { reservation } = turn;
  let opened: OpenedTurn;
  try {
    opened = await writeTurn(turn, leaseMs, reservation);
  } catch (error) {
    if (reservation) await releaseReservation(reservation);
    throw error;
  }
  if (opened.kind !== 'answer' && reservation) await releaseReservation(reservation);
  return opened;
}

async function writeTurn(
  turn: AdmittedTurn,
  leaseMs: number,
  reservation: TokenReservation | null,
): Promise<OpenedTurn> {
  const place = { botId: turn.botId, conversationId: turn.conversationId, clientMessageId: turn.clientMessageId };
  const { bot, tenant } = turn.context;
  if (turn.kind === 'regenerate' && reservation) {
    const replyMessageId = await restartReply({ ...place, leaseMs, reservation, model: turn.model });
    return replyMessageId ? { kind: 'answer', replyMessageId, counted: Promise.resolve() } : { kind: 'repeat' };
  }
  const started = await startTurn({
    ...place,
    tenantId: bot.tenantId,
    visitorUid: turn.visitorUid,
    text: turn.question,
    leaseMs,
    retentionDays: tenant.retentionDays ?? null,
    reservation,
    model: turn.model,
    visitorContext: turn.visitorContext,
    messageEvents: (tenant.webhookEvents ?? []).includes('message.created'),
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
