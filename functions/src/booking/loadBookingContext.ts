import type { Availability } from '@frontdesk/contract';
import { type BotContext, loadBotContextWith } from '../bots/loadBotContext.ts';
import { resolveAvailability } from '../domain/booking/resolveAvailability.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

export interface BookingContext extends BotContext {
  availability: Availability;
  timezone: string;
}

/**
 * A bot that takes bookings, with its availability; refuses bots without appointments. `existing`: for changes
 * to bookings already made (the team's, or a visitor's link), which work whatever state the bot is in now.
 */
export async function loadBookingContext(botId: string, options: { existing?: boolean } = {}): Promise<BookingContext> {
  const {
    context,
    also: [availability],
  } = await loadBotContextWith(botId, [refs.availability(botId)], { allowInactive: options.existing ?? false });
  if (!context.bot.appointmentsEnabled && !options.existing) {
    throw refuse('failed-precondition', 'appointments_disabled', 'This assistant does not take appointments.');
  }
  return {
    ...context,
    availability: availability.data() ?? resolveAvailability(undefined),
    timezone: context.bot.timezone ?? 'UTC',
  };
}
