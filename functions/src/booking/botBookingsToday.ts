import { randomInt } from 'node:crypto';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { bookingsPerBotPerDay } from '../config.ts';
import { DAY_MS, secondsUntil, windowOf } from '../domain/limits/rateLimitWindows.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

const SHARDS = 10;

const shardsOf = (botId: string, now: number) => {
  const window = windowOf(now, DAY_MS);
  return {
    window,
    refs: Array.from({ length: SHARDS }, (_, shard) =>
      refs.rateLimitCounter(`bookings-made:${botId}:${window.start}:${shard}`),
    ),
  };
};

/**
 * The bot's daily booking limit (BOOKINGS_PER_BOT_PER_DAY), read before a booking with a plain read of its
 * counters. It counts bookings made, not attempts: only a booking that wins its time sends mail, and counting
 * every attempt in a transaction made the 49 losers of a race for one slot queue on these counters behind
 * each other (the contended part of `npm run bench:booking`). Bookings made at the same moment may pass
 * together, so the day can end a few over the limit, never more than were in flight.
 */
export async function assertBotTakesBookings(botId: string, now: number): Promise<void> {
  const { window, refs: shards } = shardsOf(botId, now);
  const counts = await db.getAll(...shards);
  const made = counts.reduce((sum, shard) => sum + ((shard.data() as { count?: number } | undefined)?.count ?? 0), 0);
  if (made >= bookingsPerBotPerDay.value()) {
    throw refuse(
      'resource-exhausted',
      'rate_limited',
      'This business takes no more bookings online today. Please contact it directly.',
      { retryAfterSeconds: secondsUntil(now, window.end) },
    );
  }
}

/** Counts a booking made, by a blind increment of a random shard: bookings never wait on each other here. */
export async function countBotBooking(botId: string, now: number): Promise<void> {
  const { window, refs: shards } = shardsOf(botId, now);
  await (shards[randomInt(SHARDS)] as (typeof shards)[number]).set(
    { count: FieldValue.increment(1) as unknown as number, expiresAt: Timestamp.fromMillis(window.end + DAY_MS) },
    { merge: true },
  );
}
