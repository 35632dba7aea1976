import { type CancelBookingResponse, cancelBookingRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { loadBotContext } from '../chat/loadBotContext.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';
import { releaseBooking } from './releaseBooking.ts';

/** A member of the bot's team (any role: all may handle bookings) cancels a booking; both sides get the cancellation. */
export const cancelBooking = onCall({ maxInstances: 20 }, async (request): Promise<CancelBookingResponse> => {
  const uid = requireUid(request.auth);
  const input = parseRequest(cancelBookingRequestSchema, request.data);
  await requireBotPermission(uid, input.botId, 'bookings');
  const { bot, settings } = await loadBotContext(input.botId, { allowInactive: true });
  await releaseBooking({
    botId: input.botId,
    bookingId: input.bookingId,
    authority: { by: 'team' },
    businessName: bot.appearance.title,
    timezone: bot.timezone ?? 'UTC',
    teamEmails: settings.notificationEmails,
  });
  return { status: 'cancelled' };
});
