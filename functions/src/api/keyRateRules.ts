import { MINUTE_MS } from '../domain/limits/rateLimitWindows.ts';
import type { RateRule } from '../limits/enforceRateLimits.ts';
import type { ApiCaller } from './authenticateApiKey.ts';

// Every message of a key touches this rule, so it is sharded like the bot's rule: with 20 shards, 200
// simultaneous streams on one key ended 147 times in lock timeouts (`npm run bench:api`).
const KEY_SHARDS = 40;

/**
 * An API key's own per-minute limit on chat messages, in place of a widget visitor's and network's: a key serves
 * a whole system of users, from one server's address. Sharded, as one key may send many messages at once. Its
 * per-day limit is counted apart (keyMessagesToday), outside the transaction.
 */
export function keyRateRules(caller: ApiCaller): RateRule[] {
  return [
    {
      key: `apikey:${caller.keyId}`,
      limit: caller.limits.perMinute,
      windowMs: MINUTE_MS,
      shards: Math.min(KEY_SHARDS, caller.limits.perMinute),
      refusal: 'This API key has sent as many messages as it may per minute; wait for the Retry-After.',
    },
  ];
}
