import { bookingsPerBotPerDay } from '../config.ts';
import { DAY_MS } from '../domain/limits/rateLimitWindows.ts';
import { blindCounter } from '../limits/blindCounter.ts';

/**
 * The bot's daily booking limit (BOOKINGS_PER_BOT_PER_DAY), counted outside transactions (blindCounter). It
 * counts bookings made, not attempts: only a booking that wins its time sends mail, and counting every attempt
 * in a transaction made the 49 losers of a race for one slot queue on these counters behind each other (the
 * contended part of `npm run bench:booking`). Bookings made at the same moment may pass together, so the day
 * can end a few over the limit, never more than were in flight.
 */
const bookingsMade = (botId: string) => blindCounter({ key: `bookings-made:${botId}`, windowMs: DAY_MS, shards: 10 });

/** Refuses a booking once the bot's bookings made today reached the limit. */
export async function assertBotTakesBookings(botId: string, now: number): Promise<void> {
  await bookingsMade(botId).assertUnder(
    bookingsPerBotPerDay.value(),
    now,
    'This business takes no more bookings online today. Please contact it directly.',
  );
}

/** Counts a booking made: bookings never wait on each other here. */
export async function countBotBooking(botId: string, now: number): Promise<void> {
  await bookingsMade(botId).add(now);
}
