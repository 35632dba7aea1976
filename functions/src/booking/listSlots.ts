import { slotListingsPerNetworkPerMinute, slotListingsPerVisitorPerMinute } from '../config.ts';
import { bookableServices, pickService } from '../domain/booking/bookableServices.ts';
import { MINUTE_MS } from '../domain/limits/rateLimitWindows.ts';
import { assertOriginAllowed } from '../lib/assertOriginAllowed.ts';
import { clientAddress } from '../lib/clientAddress.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { hashClientIp } from '../lib/hashClientIp.ts';
import { refuse } from '../lib/refuse.ts';
import { enforceRateLimits } from '../limits/enforceRateLimits.ts';
import { findFreeSlots } from './findFreeSlots.ts';
import { loadBookingContext } from './loadBookingContext.ts';

const MAX_RANGE_DAYS = 31;

/**
 * Free slots of a bot in a range; taken ones are never shown. Each listing reads the bot's bookings, so it is
 * limited per visitor and, as visitors are free to renew, per network.
 */
export const listSlots = defineCallable('listSlots', { maxInstances: 20 }, async ({ uid, input, request }) => {
  const context = await loadBookingContext(input.botId);
  assertOriginAllowed(request.rawRequest.headers.origin, context.settings.allowedOrigins);
  const range = { start: Date.parse(input.from), end: Date.parse(input.to) };
  if (range.end <= range.start) throw refuse('invalid-argument', 'invalid_input', 'to: must be after from');
  if (range.end - range.start > MAX_RANGE_DAYS * 86_400_000) {
    throw refuse('invalid-argument', 'invalid_input', `to: must be at most ${MAX_RANGE_DAYS} days after from`);
  }
  const { availability } = context;
  const service = pickService(availability, input);
  if (typeof service === 'string') {
    // A length not offered is bad input, as before services; an unknown or inactive service has its own reason.
    throw refuse('invalid-argument', service.startsWith('serviceId') ? 'service_not_found' : 'invalid_input', service);
  }
  const network = await hashClientIp(clientAddress(request.rawRequest));
  await enforceRateLimits(
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
  const slots = await findFreeSlots({ botId: input.botId, context, range, service });
  return {
    timezone: context.timezone,
    serviceId: service.id,
    services: bookableServices(availability).map(({ id, name, description, durationMinutes, priceText }) => ({
      id,
      name,
      description,
      durationMinutes,
      priceText,
    })),
    durationMinutes: service.durationMinutes,
    durationsMinutes: availability.services.length === 0 ? availability.durationsMinutes : [service.durationMinutes],
    confirmationRequired: availability.confirmationRequired,
    slots: slots.map((start) => new Date(start).toISOString()),
  };
});
