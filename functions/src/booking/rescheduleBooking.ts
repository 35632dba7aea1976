import { defineCallable } from '../lib/defineCallable.ts';
import { loadBookingContext } from './loadBookingContext.ts';
import { moveBooking } from './moveBooking.ts';

/** A member of the bot's team moves a booking to another free time; visitor and team are mailed. */
export const rescheduleBooking = defineCallable('rescheduleBooking', { maxInstances: 20 }, async ({ input }) => {
  const moved = await moveBooking({
    context: await loadBookingContext(input.botId, { existing: true }),
    bookingId: input.bookingId,
    start: Date.parse(input.start),
    authority: { by: 'team' },
    now: Date.now(),
  });
  return { start: moved.start.toDate().toISOString(), end: moved.end.toDate().toISOString() };
});
