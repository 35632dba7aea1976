import { randomInt } from 'node:crypto';
import { type DocumentReference, FieldValue, type Transaction } from 'firebase-admin/firestore';
import { hasRoomFor, monthKey } from '../domain/limits/tokenBudget.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/** A tenant's month is spread over this many counter documents, so no single one is hot. */
const SHARDS = 4;

export interface TokenReservation {
  /** The budget counter shard holding the tokens. */
  path: string;
  tokens: number;
  /** The estimated prompt part, charged when the reply's writer died and nothing was reported. */
  promptTokens: number;
}

async function monthTotals(tenantId: string, month: string) {
  const shards = await refs.budgetMonths(tenantId).where('month', '==', month).get();
  return shards.docs.reduce(
    (sum, doc) => {
      const shard = doc.data();
      return { used: sum.used + (shard.usedTokens ?? 0), reserved: sum.reserved + shard.reservedTokens };
    },
    { used: 0, reserved: 0 },
  );
}

/**
 * Refuses with `budget_exhausted` when `tokens` more would pass the tenant's monthly budget. A read, not a
 * lock: concurrent replies can overshoot by at most what they reserve together.
 */
export async function assertBudgetRoom(input: { tenantId: string; budget: number; tokens: number; now: Date }) {
  const totals = await monthTotals(input.tenantId, monthKey(input.now));
  if (!hasRoomFor({ ...totals, budget: input.budget, amount: input.tokens })) {
    throw refuse(
      'resource-exhausted',
      'budget_exhausted',
      "This assistant has used up this month's allowance. Please contact the business another way.",
    );
  }
}

/**
 * Books `tokens` as reserved on a random shard of this month. The reply that uses them carries the
 * reservation from its first version on (startTurn, restartReply), so it is settled when the reply ends.
 */
export async function reserveTokens(input: {
  tenantId: string;
  tokens: number;
  promptTokens: number;
  now: Date;
}): Promise<TokenReservation> {
  const month = monthKey(input.now);
  const shard = refs.budgetMonths(input.tenantId).doc(`${month}-${randomInt(SHARDS)}`);
  await shard.set({ month, reservedTokens: FieldValue.increment(input.tokens) }, { merge: true });
  return { path: shard.path, tokens: input.tokens, promptTokens: input.promptTokens };
}

/** Gives back a reservation no reply took (the call turned out to be a repeat, or a human answers). */
export async function releaseTokens(reservation: TokenReservation): Promise<void> {
  await db.doc(reservation.path).update({ reservedTokens: FieldValue.increment(-reservation.tokens) });
}

/**
 * Turns a reply's reservation, as the caller's transaction just read it, into `usedTokens` and removes it
 * from the reply. Does nothing when the reply holds no reservation (already settled by the other party).
 */
export function settleReservation(
  tx: Transaction,
  replyRef: DocumentReference,
  reservation: TokenReservation | null | undefined,
  usedTokens: number,
): boolean {
  if (!reservation) return false;
  tx.update(replyRef.firestore.doc(reservation.path), {
    reservedTokens: FieldValue.increment(-reservation.tokens),
    usedTokens: FieldValue.increment(usedTokens),
  });
  tx.update(replyRef, { reservation: null });
  return true;
}
