import type { TokenReservation } from '@frontdesk/contract';
import type { BudgetLimits } from '../domain/limits/budgetShares.ts';
import { db } from '../lib/admin.ts';
import { budgetChanges } from './budgetChanges.ts';
import { findBudgetRoom } from './findBudgetRoom.ts';
import { refuseForBudget } from './refuseForBudget.ts';

/**
 * Checks and reserves `tokens` of the tenant's budget in one transaction, so however many replies start at once
 * their reservations never add up past the month's budget or the day's cap; refuses with `budget_exhausted` or
 * `daily_budget_exhausted` and writes nothing when there is no room. A transaction of its own, touching only
 * budget shards: with the rate-limit counters in the same one, 200 simultaneous first messages to one tenant
 * waited on each other's locks until some timed out (npm run bench:chat).
 */
export async function reserveBudget(request: {
  tenantId: string;
  tokens: number;
  promptTokens: number;
  limits: BudgetLimits;
  now: Date;
}): Promise<TokenReservation> {
  return db.runTransaction(async (tx) => {
    const room = await findBudgetRoom(tx, request);
    if ('refused' in room) throw refuseForBudget(room.refused);
    const changes = budgetChanges();
    changes.claim(room.reservation);
    changes.write(tx);
    return room.reservation;
  });
}
