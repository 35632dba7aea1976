import { type Availability, paths } from '@frontdesk/contract';
import { type BotContext, loadBotContext } from '../bots/loadBotContext.ts';
import { resolveAvailability } from '../domain/booking/resolveAvailability.ts';
import { db } from '../lib/admin.ts';
import { refuse } from '../lib/refuse.ts';

export interface BookingContext extends BotContext {
  availability: Availability;
  timezone: string;
}

/** A bot that takes bookings, with its availability; refuses bots without appointments. */
export async function loadBookingContext(botId: string): Promise<BookingContext> {
  const [context, availability] = await Promise.all([loadBotContext(botId), db.doc(paths.availability(botId)).get()]);
  if (!context.bot.appointmentsEnabled) {
    throw refuse('failed-precondition', 'appointments_disabled', 'This assistant does not take appointments.');
  }
  return {
    ...context,
    availability: resolveAvailability(availability.data()),
    timezone: context.bot.timezone ?? 'UTC',
  };
}
