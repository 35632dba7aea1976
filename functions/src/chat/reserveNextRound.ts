import type { ReplyErrorCode } from '@frontdesk/contract';
import type { DocumentReference } from 'firebase-admin/firestore';
import type OpenAI from 'openai';
import type { BudgetLimits } from '../domain/limits/budgetShares.ts';
import { estimateTokens, reservationFor } from '../domain/limits/tokenBudget.ts';
import { db } from '../lib/admin.ts';
import type { MessageMetaDocument } from '../lib/documents/converters.ts';
import { budgetChanges } from '../limits/budgetChanges.ts';
import { findBudgetRoom } from '../limits/findBudgetRoom.ts';
import { settleReservation } from '../limits/settleReservation.ts';

/**
 * Before a reply's next model round (the answer after tool calls): settles the round that ended to what it
 * used and reserves the next round's prompt plus its most output, in one transaction, so no model call is made
 * on tokens nobody reserved. `reserved`: go on; `no_room`: the budget cannot pay for another round (the round
 * before is settled, nothing is held); `ended`: the reply holds no reservation any more, because the sweeper
 * ended it as interrupted and settled it.
 */
export async function reserveNextRound(input: {
  tenantId: string;
  metaRef: DocumentReference<MessageMetaDocument>;
  limits: BudgetLimits;
  /** Tokens the round that ended used: reported by the provider, or estimated. */
  usedTokens: number;
  promptTexts: string[];
  maxOutputTokens: number;
  now: Date;
}): Promise<'reserved' | 'no_room' | 'ended'> {
  return db.runTransaction(async (tx) => {
    const held = (await tx.get(input.metaRef)).data()?.reservation;
    if (!held) return 'ended';
    const changes = budgetChanges();
    await settleReservation(tx, changes, { reservation: held, usedTokens: input.usedTokens, limits: input.limits });
    const room = await findBudgetRoom(
      tx,
      {
        tenantId: input.tenantId,
        tokens: reservationFor(input.promptTexts, input.maxOutputTokens),
        promptTokens: estimateTokens(input.promptTexts),
        limits: input.limits,
        now: input.now,
      },
      changes,
    );
    const reservation = 'reservation' in room ? room.reservation : null;
    if (reservation) changes.claim(reservation);
    changes.write(tx);
    tx.update(input.metaRef, { reservation });
    return reservation ? 'reserved' : 'no_room';
  });
}

/** A reply that may not make its next model call: no budget for it, or the sweeper already ended the reply. */
export class RoundNotReservedError extends Error {
  readonly code: ReplyErrorCode;
  constructor(outcome: 'no_room' | 'ended') {
    super(outcome === 'no_room' ? 'No budget for the next model round.' : 'The reply was ended while it ran.');
    this.code = outcome === 'no_room' ? 'budget_exhausted' : 'interrupted';
  }
}

/** The texts a round sends the model, tool calls and their results included: what its prompt is estimated from. */
export function roundPromptTexts(messages: OpenAI.Chat.Completions.ChatCompletionMessageParam[]): string[] {
  return messages.map((message) => {
    const content = typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? '');
    const calls = 'tool_calls' in message && message.tool_calls ? JSON.stringify(message.tool_calls) : '';
    return content + calls;
  });
}
