import { randomInt } from 'node:crypto';
import type { RateLimitCounter } from '@frontdesk/contract';
import { type DocumentReference, Timestamp, type Transaction } from 'firebase-admin/firestore';
import { DAY_MS, secondsUntil, shardCapacities, shardOrder, windowOf } from '../domain/limits/rateLimitWindows.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/** Far more than any shard count, so the remainder picks each shard equally often (to within 1e-12). */
const SHARD_DRAWS = 2 ** 47;

export interface RateRule {
  /** Part of the counter id, e.g. `visitor:<botId>:<uid>`; unique per thing being limited. */
  key: string;
  limit: number;
  windowMs: number;
  /** Counters the limit is split over; more than 1 for keys that see many requests at once. */
  shards: number;
  /** Shown to the visitor when the limit is reached. */
  refusal: string;
}

/**
 * Counts one request against every rule in one transaction: either all counters go up, or the request is
 * refused with `rate_limited` and nothing changes. Fixed windows; a sharded rule tries its shards from a
 * random one, so concurrent requests rarely touch the same document.
 */
export async function enforceRateLimits(rules: RateRule[], now: number): Promise<void> {
  await db.runTransaction((tx) => claimRateLimits(tx, rules, now));
}

/**
 * The same count inside the caller's transaction, so that something is counted only if the change it limits
 * is committed (a booking that loses its slot counts nothing). Call it before the transaction writes: it
 * reads the counters first, as Firestore transactions must.
 */
export async function claimRateLimits(tx: Transaction, rules: RateRule[], now: number): Promise<void> {
  const claims: Array<{ ref: DocumentReference<RateLimitCounter>; count: number; expiresAt: number }> = [];
  const counterRef = (rule: RateRule, start: number, shard: number) =>
    refs.rateLimitCounter(`${rule.key}:${rule.windowMs}:${start}:${shard}`.replaceAll('/', '_'));
  // One draw for every rule: two requests that meet on one rule's shard meet on the others' too, so a request
  // shares a counter with as few others as under a single sharded rule. With a draw per rule, an API key's
  // per-minute shards and the bot's doubled the pairs of requests waiting on each other's locks, and 200
  // simultaneous streams on one key still ended in lock timeouts (`npm run bench:api`).
  const draw = randomInt(SHARD_DRAWS);
  const plans = rules.map((rule) => {
    const window = windowOf(now, rule.windowMs);
    const capacities = shardCapacities(rule.limit, rule.shards);
    const shards = shardOrder(draw % rule.shards, rule.shards).filter((shard) => capacities[shard] !== 0);
    return { rule, window, capacities, shards };
  });
  // Every rule's first shard in one read: one round trip before the model is asked, not one per rule. Only a
  // full shard sends a rule on to its next ones.
  const firstRefs = [
    ...new Map(
      plans.flatMap((plan) => {
        if (plan.shards.length === 0) return [];
        const ref = counterRef(plan.rule, plan.window.start, plan.shards[0] as number);
        return [[ref.path, ref] as const];
      }),
    ).values(),
  ];
  const firstCounts = new Map(
    (firstRefs.length > 0 ? await tx.getAll(...firstRefs) : []).map((snapshot) => [
      snapshot.ref.path,
      (snapshot.data() as RateLimitCounter | undefined)?.count ?? 0,
    ]),
  );
  for (const { rule, window, capacities, shards } of plans) {
    let claim: (typeof claims)[number] | null = null;
    for (const shard of shards) {
      const ref = counterRef(rule, window.start, shard);
      const count = firstCounts.get(ref.path) ?? (await tx.get(ref)).data()?.count ?? 0;
      if (count < (capacities[shard] as number)) {
        claim = { ref, count, expiresAt: window.end };
        break;
      }
    }
    if (!claim) {
      throw refuse('resource-exhausted', 'rate_limited', rule.refusal, {
        retryAfterSeconds: secondsUntil(now, window.end),
      });
    }
    claims.push(claim);
  }
  for (const claim of claims) {
    // expiresAt drives a Firestore TTL policy, which deletes old counters within a day or so.
    tx.set(claim.ref, { count: claim.count + 1, expiresAt: Timestamp.fromMillis(claim.expiresAt + DAY_MS) });
  }
}
