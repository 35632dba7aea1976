import { type Message, type MessageMeta, messageIds } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { getAllTyped } from '../../lib/documents/getAllTyped.ts';
import { refs } from '../../lib/documents/refs.ts';
import { runTurnTransaction } from '../../lib/runTurnTransaction.ts';
import { type BudgetRequest, budgetRoomSearch } from '../../limits/findBudgetRoom.ts';
import { claimBudget } from '../../limits/reserveBudget.ts';

/**
 * "Try again": puts a failed reply back to `pending` (empty, with a fresh lease) so it is answered again in
 * place, and starts its meta afresh with the model and the reservation of the new answer, reserved in the same
 * transaction (refused with the budget's reason when it has no room). Only a reply that is still `error`
 * restarts, in a transaction, so two clicks answer once and reserve once. Returns the reply's id, or null when
 * there is nothing to restart.
 */
export async function restartReply(input: {
  botId: string;
  conversationId: string;
  clientMessageId: string;
  leaseMs: number;
  /** What the new answer must reserve, and holds while it runs. */
  budget: BudgetRequest;
  model: string;
}): Promise<string | null> {
  const replyId = messageIds.reply(input.clientMessageId);
  const replyRef = refs.message(input.botId, input.conversationId, replyId);
  const metaRef = refs.messageMeta(input.botId, input.conversationId, replyId);
  return runTurnTransaction(async (tx) => {
    const budget = budgetRoomSearch(input.budget);
    const [replySnapshot, metaSnapshot, budgetShard] = await getAllTyped(tx, replyRef, metaRef, budget.firstShard);
    const reply = replySnapshot.data();
    if (reply?.status !== 'error') return null;
    const reservation = await claimBudget(tx, budget, budgetShard);
    const now = Date.now();
    tx.update(replyRef, {
      text: '',
      status: 'pending',
      errorCode: null,
      attachments: FieldValue.delete(),
      leaseExpiresAt: Timestamp.fromMillis(now + input.leaseMs),
      updatedAt: FieldValue.serverTimestamp(),
    } satisfies Partial<Record<keyof Message, unknown>>);
    // The failed answer settled what it held; its meta (or none, for a reply written before metas) is replaced.
    tx.set(metaRef, {
      tenantId: reply.tenantId,
      model: input.model,
      usage: null,
      timing: null,
      reservation,
      createdAt: metaSnapshot.data()?.createdAt ?? reply.createdAt ?? Timestamp.fromMillis(now),
      expireAt: reply.expireAt ?? null,
    } satisfies MessageMeta);
    return replyRef.id;
  });
}
