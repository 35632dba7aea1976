import { loadBotContext } from '../bots/loadBotContext.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { bookingMailSetup } from './bookingMailFacts.ts';
import { releaseBooking } from './releaseBooking.ts';

/** A member of the bot's team (any role: all may handle bookings) cancels a booking; both sides get the cancellation. */
export const cancelBooking = defineCallable('cancelBooking', { maxInstances: 20 }, async ({ input }) => {
  const context = await loadBotContext(input.botId, { allowInactive: true });
  await releaseBooking({
    botId: input.botId,
    bookingId: input.bookingId,
    release: { kind: 'cancelled', authority: { by: 'team' } },
    setup: bookingMailSetup(context),
  });
  return { status: 'cancelled' as const };
});
