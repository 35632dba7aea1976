import { randomInt } from 'node:crypto';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { DAY_MS, secondsUntil, windowOf } from '../domain/limits/rateLimitWindows.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * A limit counted outside any transaction: checked with a plain read of its shards before the thing it limits,
 * counted after it by a blind increment of a random shard. Nothing ever waits on these counters' locks, so it
 * suits a long window (a day) that many requests at once count against, where a transaction would make them
 * queue behind each other. The price: requests checked at the same moment may all pass, so the window can end
 * over its limit by at most the requests that were in flight together, never more.
 */
export function blindCounter(rule: { key: string; windowMs: number; shards: number }) {
  const shardsAt = (now: number) => {
    const window = windowOf(now, rule.windowMs);
    return {
      window,
      refs: Array.from({ length: rule.shards }, (_, shard) =>
        refs.rateLimitCounter(`${rule.key}:${rule.windowMs}:${window.start}:${shard}`.replaceAll('/', '_')),
      ),
    };
  };
  return {
    /** Refuses with `rate_limited` (and the seconds until the window ends) once `limit` were counted. */
    async assertUnder(limit: number, now: number, refusal: string): Promise<void> {
      const { window, refs: shards } = shardsAt(now);
      const counts = await db.getAll(...shards);
      const counted = counts.reduce((sum, shard) => sum + (shard.data()?.count ?? 0), 0);
      if (counted >= limit) {
        throw refuse('resource-exhausted', 'rate_limited', refusal, {
          retryAfterSeconds: secondsUntil(now, window.end),
        });
      }
    },
    /** Counts one, in the window of `now`. */
    async add(now: number): Promise<void> {
      const { window, refs: shards } = shardsAt(now);
      await (shards[randomInt(rule.shards)] as (typeof shards)[number]).set(
        // expiresAt drives the counters' TTL policy, as for the transactional ones.
        { count: FieldValue.increment(1) as unknown as number, expiresAt: Timestamp.fromMillis(window.end + DAY_MS) },
        { merge: true },
      );
    },
  };
}
