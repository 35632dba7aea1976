import type { TokenReservation } from '@frontdesk/contract';
import type { Transaction } from 'firebase-admin/firestore';
import { type BudgetLimits, monthRoom, placeExcess, shardRoom } from '../domain/limits/budgetShares.ts';
import { converters } from '../lib/documents/converters.ts';
import type { BudgetChanges } from './budgetChanges.ts';
import { BUDGET_SHARDS, shardLoad } from './findBudgetRoom.ts';

/**
 * Settles a reservation to what was used, in the caller's transaction (reads first, so call it before any
 * write): the reserved tokens are given back and the used ones counted, up to the reservation on its own shards.
 * Usage beyond the reservation is placed on shards that still have room (reading the month's shards, which only
 * this rare case needs), so no shard hides an overrun that another shard's room would then spend again.
 */
export async function settleReservation(
  tx: Transaction,
  changes: BudgetChanges,
  input: { reservation: TokenReservation; usedTokens: number; limits: BudgetLimits },
): Promise<void> {
  const { reservation, limits } = input;
  changes.settle(reservation, input.usedTokens);
  const excess = input.usedTokens - reservation.tokens;
  const ownShard = reservation.parts.at(-1)?.path;
  if (excess <= 0 || !ownShard) return;

  const shards = changes.firestore.doc(ownShard).parent.withConverter(converters.budgetMonth);
  const refs = Array.from({ length: BUDGET_SHARDS }, (_, shard) => shards.doc(`${reservation.month}-${shard}`));
  const snapshots = await tx.getAll(...refs);
  const rooms = snapshots.map((snapshot, shard) => {
    const load = changes.loadAfter(snapshot.ref.path, reservation.day, shardLoad(snapshot.data(), reservation.day));
    return {
      both: shardRoom({ shard, shards: BUDGET_SHARDS, limits, month: load.month, day: load.day }),
      month: monthRoom({ shard, shards: BUDGET_SHARDS, monthly: limits.monthly, month: load.month }),
    };
  });
  const { placed, left } = placeExcess(rooms, excess);
  placed.forEach((tokens, shard) => {
    const ref = refs[shard];
    if (ref) changes.addUsed(reservation, ref.path, tokens);
  });
  changes.addUsed(reservation, ownShard, left);
}
