import { randomInt } from 'node:crypto';
import { paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { hasRoomFor, monthKey } from '../domain/tokenBudget.ts';
import { db } from '../lib/admin.ts';
import { refuse } from '../lib/refuse.ts';

/** A tenant's month is spread over this many counter documents, so no single one is hot. */
const SHARDS = 4;

export interface TokenReservation {
  path: string;
  tokens: number;
}

async function monthTotals(tenantId: string, month: string) {
  const shards = await db.collection(paths.budgetMonths(tenantId)).where('month', '==', month).get();
  return shards.docs.reduce(
    (sum, doc) => ({
      used: sum.used + ((doc.get('usedTokens') as number | undefined) ?? 0),
      reserved: sum.reserved + ((doc.get('reservedTokens') as number | undefined) ?? 0),
    }),
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

/** Books `tokens` as reserved on a random shard of this month. */
export async function reserveTokens(input: { tenantId: string; tokens: number; now: Date }): Promise<TokenReservation> {
  const month = monthKey(input.now);
  const ref = db.collection(paths.budgetMonths(input.tenantId)).doc(`${month}-${randomInt(SHARDS)}`);
  await ref.set({ month, reservedTokens: FieldValue.increment(input.tokens) }, { merge: true });
  return { path: ref.path, tokens: input.tokens };
}

/** Turns a reservation into what the reply really used. */
export async function settleTokens(reservation: TokenReservation, usedTokens: number): Promise<void> {
  await db.doc(reservation.path).update({
    reservedTokens: FieldValue.increment(-reservation.tokens),
    usedTokens: FieldValue.increment(usedTokens),
  });
}
