import type { ListSlotsResponse } from '@frontdesk/contract';
import { bookableServices, pickService } from '../domain/booking/bookableServices.ts';
import { refuse } from '../lib/refuse.ts';
import { findFreeSlots } from './findFreeSlots.ts';
import type { BookingContext } from './loadBookingContext.ts';

const MAX_RANGE_DAYS = 31;

/**
 * A bot's free slots in a range of at most 31 days, for one of its services (default its first active one).
 * `count` runs once the request is valid and before the bookings are read: the caller's rate limits, so bad
 * input costs none.
 */
export async function freeSlotsIn(
  context: BookingContext,
  input: { from: string; to: string; serviceId?: string | undefined; durationMinutes?: number | undefined },
  count: () => Promise<void>,
): Promise<ListSlotsResponse> {
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
  await count();
  const slots = await findFreeSlots({ botId: context.botId, context, range, service });
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
}
