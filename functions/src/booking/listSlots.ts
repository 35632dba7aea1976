import { slotListingsPerNetworkPerMinute, slotListingsPerVisitorPerMinute } from '../config.ts';
import { MINUTE_MS } from '../domain/limits/rateLimitWindows.ts';
import { assertOriginAllowed } from '../lib/assertOriginAllowed.ts';
import { clientAddress } from '../lib/clientAddress.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { hashClientIp } from '../lib/hashClientIp.ts';
import { enforceRateLimits } from '../limits/enforceRateLimits.ts';
import { freeSlotsIn } from './freeSlotsIn.ts';
import { loadBookingContext } from './loadBookingContext.ts';

/**
 * Free slots of a bot in a range; taken ones are never shown. Each listing reads the bot's bookings, so it is
 * limited per visitor and, as visitors are free to renew, per network.
 */
export const listSlots = defineCallable('listSlots', { maxInstances: 20 }, async ({ uid, input, request }) => {
  const context = await loadBookingContext(input.botId);
  assertOriginAllowed(request.rawRequest.headers.origin, context.settings.allowedOrigins);
  const network = await hashClientIp(clientAddress(request.rawRequest));
  const count = () =>
    enforceRateLimits(
      [
        {
          key: `slots:${input.botId}:${uid}`,
          limit: slotListingsPerVisitorPerMinute.value(),
          windowMs: MINUTE_MS,
          shards: 1,
          refusal: 'You are looking up free times very quickly. Please wait a moment.',
        },
        {
          key: `slots-ip:${input.botId}:${network}`,
          limit: slotListingsPerNetworkPerMinute.value(),
          windowMs: MINUTE_MS,
          shards: 1,
          refusal: 'Many look-ups of free times have come from your network. Please wait a moment.',
        },
      ],
      Date.now(),
    );
  return freeSlotsIn(context, input, count);
});
