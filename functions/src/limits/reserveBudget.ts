import type { BudgetMonth, TokenReservation } from '@frontdesk/contract';
import type { DocumentSnapshot, Transaction } from 'firebase-admin/firestore';
import { runTurnTransaction } from '../lib/runTurnTransaction.ts';
import { budgetChanges } from './budgetChanges.ts';
import { type BudgetRequest, budgetRoomSearch } from './findBudgetRoom.ts';
import { refuseForBudget } from './refuseForBudget.ts';

/**
 * Checks and reserves `tokens` of the tenant's budget in one transaction, so however many calls start at once
 * their reservations never add up past the month's budget or the day's cap; refuses with `budget_exhausted` or
 * `daily_budget_exhausted` and writes nothing when there is no room. A transaction of its own, touching only
 * budget shards; a chat turn reserves inside the transaction that writes it instead (claimBudget).
 */
export async function reserveBudget(request: BudgetRequest): Promise<TokenReservation> {
  return runTurnTransaction(async (tx) => {
    const search = budgetRoomSearch(request);
    return claimBudget(tx, search, await tx.get(search.firstShard));
  });
}

/**
 * The same reservation inside the caller's transaction, before it writes anything: `firstShard` is the search's
 * first shard as that transaction read it (together with its own documents, in one round trip). Refuses as
 * reserveBudget does, which rolls the caller's whole transaction back.
 */
export async function claimBudget(
  tx: Transaction,
  search: ReturnType<typeof budgetRoomSearch>,
  firstShard: DocumentSnapshot<BudgetMonth>,
): Promise<TokenReservation> {
  const room = await search.find(tx, firstShard);
  if ('refused' in room) throw refuseForBudget(room.refused);
  const changes = budgetChanges();
  changes.claim(room.reservation);
  changes.write(tx);
  return room.reservation;
}
