import { loadBotContext } from '../bots/loadBotContext.ts';
import { teamNotificationRecipients } from '../domain/booking/notificationAddresses.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { releaseBooking } from './releaseBooking.ts';

/** A member of the bot's team (any role: all may handle bookings) cancels a booking; both sides get the cancellation. */
export const cancelBooking = defineCallable('cancelBooking', { maxInstances: 20 }, async ({ input }) => {
  const { bot, settings, tenant } = await loadBotContext(input.botId, { allowInactive: true });
  await releaseBooking({
    botId: input.botId,
    bookingId: input.bookingId,
    authority: { by: 'team' },
    businessName: bot.appearance.title,
    timezone: bot.timezone ?? 'UTC',
    teamEmails: teamNotificationRecipients(settings.notificationEmails, tenant.memberEmails),
  });
  return { status: 'cancelled' as const };
});
