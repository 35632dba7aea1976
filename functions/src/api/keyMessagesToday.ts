import { DAY_MS } from '../domain/limits/rateLimitWindows.ts';
import { blindCounter } from '../limits/blindCounter.ts';
import type { ApiCaller } from './authenticateApiKey.ts';

/**
 * An API key's per-day limit on chat messages, counted outside the rate-limit transaction (blindCounter): read
 * while the turn loads, counted once the turn is written. In the transaction its counters were a third
 * contended document beside the key's per-minute and the bot's shards, and 200 simultaneous streams on one key
 * waited on each other's locks until 25 of them timed out (`npm run bench:api`); the widget's transaction has
 * one. A day's limit lets through at most the messages in flight together more, which the per-minute limit
 * (counted exactly) bounds. Ten shards: ten documents read per message, and blind increments that spread.
 */
export function keyMessagesToday(caller: ApiCaller) {
  const counter = blindCounter({ key: `apikey:${caller.keyId}`, windowMs: DAY_MS, shards: 10 });
  return {
    assertUnder: (now: number) =>
      counter.assertUnder(caller.limits.perDay, now, 'This API key has sent as many messages as it may today.'),
    add: (now: number) => counter.add(now),
  };
}
