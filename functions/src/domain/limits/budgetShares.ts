import { shardCapacities } from './rateLimitWindows.ts';

/**
 * The token budget is kept on several counter documents (shards) so concurrent replies of one tenant rarely
 * touch the same one. Each shard may hold a fixed share of the month's budget (and of the day's cap), the
 * shares adding up to exactly the budget: a reservation checks and books its tokens on the shards it reads in
 * one transaction, so however many run at once, no shard passes its share and the total never passes the
 * budget. A reservation larger than what one shard has left takes from several.
 */

/** What a shard holds of one period (the month, or one day of it). */
export interface PeriodLoad {
  used: number;
  reserved: number;
}

export interface BudgetLimits {
  /** Tokens per calendar month (UTC). */
  monthly: number;
  /** Tokens per day (UTC); null: no daily cap. */
  daily: number | null;
}

/** Tokens shard `shard` of `shards` may still reserve: the least of its month's and its day's room, never below 0. */
export function shardRoom(input: {
  shard: number;
  shards: number;
  limits: BudgetLimits;
  month: PeriodLoad;
  day: PeriodLoad;
}): number {
  const monthRoom = roomOf(input.limits.monthly, input.shard, input.shards, input.month);
  const dayRoom =
    input.limits.daily === null
      ? Number.POSITIVE_INFINITY
      : roomOf(input.limits.daily, input.shard, input.shards, input.day);
  return Math.max(0, Math.min(monthRoom, dayRoom));
}

/** The month's room of a shard alone: what tells a spent month from a spent day when a reservation fails. */
export function monthRoom(input: { shard: number; shards: number; monthly: number; month: PeriodLoad }): number {
  return Math.max(0, roomOf(input.monthly, input.shard, input.shards, input.month));
}

function roomOf(limit: number, shard: number, shards: number, load: PeriodLoad): number {
  const share = shardCapacities(limit, shards)[shard] ?? 0;
  return share - load.used - load.reserved;
}

/**
 * Spreads what a reply used, up to what it reserved, over the parts of its reservation, each part up to its size
 * in order. Anything beyond the reservation is placed with `placeExcess`.
 */
export function spreadUsage(parts: readonly number[], used: number): number[] {
  let left = Math.max(0, used);
  return parts.map((size) => {
    const share = Math.min(size, left);
    left -= share;
    return share;
  });
}

/**
 * Places tokens a reply used beyond its reservation (the estimate was low: text in a script of many tokens per
 * character, or a provider's count) on shards that still have room, so the room every shard shows still adds up
 * to what is really left: first where both the month and the day have room, then where the month has.
 * `left` is what no shard had room for: the budget is used up, and it goes on the reservation's own shard.
 */
export function placeExcess(
  rooms: ReadonlyArray<{ both: number; month: number }>,
  excess: number,
): { placed: number[]; left: number } {
  const placed = rooms.map(() => 0);
  let left = Math.max(0, excess);
  for (const kind of ['both', 'month'] as const) {
    rooms.forEach((room, index) => {
      const free = Math.max(0, room[kind] - (placed[index] ?? 0));
      const tokens = Math.min(free, left);
      placed[index] = (placed[index] ?? 0) + tokens;
      left -= tokens;
    });
  }
  return { placed, left };
}
