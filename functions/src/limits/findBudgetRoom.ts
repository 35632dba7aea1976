import { randomInt } from 'node:crypto';
import type { BudgetMonth, TokenReservation } from '@frontdesk/contract';
import type { DocumentSnapshot, Transaction } from 'firebase-admin/firestore';
import { type BudgetLimits, monthRoom, type PeriodLoad, shardRoom } from '../domain/limits/budgetShares.ts';
import { shardOrder } from '../domain/limits/rateLimitWindows.ts';
import { dayKey, monthKey } from '../domain/limits/tokenBudget.ts';
import { refs } from '../lib/documents/refs.ts';
import type { BudgetChanges } from './budgetChanges.ts';

/**
 * Counter documents a tenant's month is spread over (`budgetMonths/{month}-{shard}`). As many as the bot-wide
 * rate limit has, for the same reason: 200 simultaneous first messages to one tenant must not queue on a few
 * documents' locks.
 */
export const BUDGET_SHARDS = 40;

export type BudgetRefusal = 'budget_exhausted' | 'daily_budget_exhausted';
export type BudgetRoom = { reservation: TokenReservation } | { refused: BudgetRefusal };

const nothing: PeriodLoad = { used: 0, reserved: 0 };

/** What a shard holds of its month and of `day`. */
export function shardLoad(shard: BudgetMonth | undefined, day: string): { month: PeriodLoad; day: PeriodLoad } {
  const today = shard?.days?.[day];
  return {
    month: shard ? { used: shard.usedTokens ?? 0, reserved: shard.reservedTokens ?? 0 } : nothing,
    day: today ? { used: today.usedTokens ?? 0, reserved: today.reservedTokens ?? 0 } : nothing,
  };
}

/** A reservation to find room for: `tokens` held for a model call whose prompt is `promptTokens`. */
export interface BudgetRequest {
  tenantId: string;
  tokens: number;
  promptTokens: number;
  limits: BudgetLimits;
  now: Date;
}

/**
 * Finds room for `tokens` in the tenant's budget inside the caller's transaction, reading (and so locking) only
 * the shards it needs: one at random first, which usually has room, then the others together. Each shard
 * gives at most its share of the month's budget and of the day's cap (see budgetShares), so what concurrent
 * transactions reserve can never add up past either. `pending` are changes this transaction writes too (a tool
 * round settling the round before). Only reads: the caller books the reservation with `budgetChanges().claim`.
 */
export async function findBudgetRoom(
  tx: Transaction,
  request: BudgetRequest,
  pending?: BudgetChanges,
): Promise<BudgetRoom> {
  const search = budgetRoomSearch(request, pending);
  return search.find(tx, await tx.get(search.firstShard));
}

/**
 * findBudgetRoom in two steps, for a transaction that reads other documents too: it reads `firstShard` in the
 * same round trip as those, and `find` reads the other shards only when that one has too little room.
 */
export function budgetRoomSearch(request: BudgetRequest, pending?: BudgetChanges) {
  const month = monthKey(request.now);
  const day = dayKey(request.now);
  const [first, ...rest] = shardOrder(randomInt(BUDGET_SHARDS), BUDGET_SHARDS).map((shard) => ({
    shard,
    ref: refs.budgetMonths(request.tenantId).doc(`${month}-${shard}`),
  }));
  const firstShard = (first as (typeof rest)[number]).ref;
  const find = async (tx: Transaction, firstSnapshot: DocumentSnapshot<BudgetMonth>): Promise<BudgetRoom> => {
    const parts: TokenReservation['parts'] = [];
    let needed = request.tokens;
    let monthLeft = 0;
    const take = (shard: number, path: string, stored: BudgetMonth | undefined) => {
      const storedLoad = shardLoad(stored, day);
      const load = pending ? pending.loadAfter(path, day, storedLoad) : storedLoad;
      const room = shardRoom({
        shard,
        shards: BUDGET_SHARDS,
        limits: request.limits,
        month: load.month,
        day: load.day,
      });
      monthLeft += monthRoom({ shard, shards: BUDGET_SHARDS, monthly: request.limits.monthly, month: load.month });
      const tokens = Math.min(room, needed);
      if (tokens > 0) parts.push({ path, tokens });
      needed -= tokens;
    };

    if (first) take(first.shard, first.ref.path, firstSnapshot.data());
    if (needed > 0 && rest.length > 0) {
      const snapshots = await tx.getAll(...rest.map((entry) => entry.ref));
      snapshots.forEach((snapshot, index) => {
        const entry = rest[index];
        if (entry && needed > 0) take(entry.shard, entry.ref.path, snapshot.data());
      });
    }
    if (needed > 0) return { refused: monthLeft < request.tokens ? 'budget_exhausted' : 'daily_budget_exhausted' };
    return { reservation: { month, day, parts, tokens: request.tokens, promptTokens: request.promptTokens } };
  };
  return { firstShard, find };
}
