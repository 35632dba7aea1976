import type { Tenant } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { budgetChanges } from '../limits/budgetChanges.ts';
import { budgetLimitsOf } from '../limits/budgetLimitsOf.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { reserveBudget } from '../limits/reserveBudget.ts';
import { settleReservation } from '../limits/settleReservation.ts';

/**
 * Runs an embedding step on the tenant's token budget, as a reply's model round does: `estimate` tokens are
 * reserved first (refused with `budget_exhausted` when there is no room, before any call), then settled to what
 * `run` reports it used (the estimate if it failed midway: the provider may have charged), and added to the
 * day's `embeddingTokens`.
 */
export async function spendEmbeddingTokens<T>(
  tenantId: string,
  tenant: Tenant,
  estimate: number,
  run: () => Promise<{ result: T; tokens: number }>,
): Promise<T> {
  const limits = budgetLimitsOf(tenant);
  const reservation = await reserveBudget({
    tenantId,
    tokens: estimate,
    promptTokens: estimate,
    limits,
    now: new Date(),
  });
  let used = estimate;
  try {
    const outcome = await run();
    used = outcome.tokens;
    return outcome.result;
  } finally {
    await db.runTransaction(async (tx) => {
      const changes = budgetChanges();
      await settleReservation(tx, changes, { reservation, usedTokens: used, limits });
      changes.write(tx);
    });
    await recordDailyUsage(tenantId, new Date(), { embeddingTokens: used });
  }
}
