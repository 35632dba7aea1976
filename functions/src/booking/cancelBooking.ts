import { type CancelBookingResponse, cancelBookingRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { loadBotContext } from '../chat/loadBotContext.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { requireMember } from '../lib/requireMember.ts';
import { requireUid } from '../lib/requireUid.ts';
import { releaseBooking } from './releaseBooking.ts';

/** A member of the bot's team cancels a booking; both sides get the cancellation. */
export const cancelBooking = onCall({ maxInstances: 20 }, async (request): Promise<CancelBookingResponse> => {
  const uid = requireUid(request.auth);
  const input = parseRequest(cancelBookingRequestSchema, request.data);
  await requireMember(uid, input.botId);
  const { bot, settings } = await loadBotContext(input.botId);
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
