export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The fixed window that contains `now`, aligned to multiples of `windowMs` since the epoch. */
export function windowOf(now: number, windowMs: number): { start: number; end: number } {
  const start = Math.floor(now / windowMs) * windowMs;
  return { start, end: start + windowMs };
}

/** Splits `limit` over `shards` counters whose capacities add up to exactly `limit`. */
export function shardCapacities(limit: number, shards: number): number[] {
  return Array.from({ length: shards }, (_, index) => Math.floor(limit / shards) + (index < limit % shards ? 1 : 0));
}

/** Every shard once, starting at `first`, so a full shard sends the request on to the next one. */
export function shardOrder(first: number, shards: number): number[] {
  return Array.from({ length: shards }, (_, offset) => (first + offset) % shards);
}

/** Whole seconds until the window ends: what a refused client is told to wait. */
export function secondsUntil(now: number, end: number): number {
  return Math.max(1, Math.ceil((end - now) / 1000));
}
