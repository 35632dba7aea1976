import { DateTime } from 'luxon';
import { z } from 'zod';
import { findFreeSlots } from '../../booking/findFreeSlots.ts';
import { bookableServices, pickService } from '../../domain/booking/bookableServices.ts';
import type { ChatTool } from './ChatTool.ts';

const MAX_SEARCH_DAYS = 14;
const MAX_OFFERED_SLOTS = 12;

const findAvailableSlotsArguments = z.object({
  from_date: z.iso.date().describe('First date, YYYY-MM-DD'),
  to_date: z.iso.date().describe('Last date, YYYY-MM-DD'),
  service_id: z.string().describe('One of the services listed in the result; default the first').optional(),
  duration_minutes: z.int().describe('Appointment length, for businesses without services').optional(),
});

/**
 * Free start times, with the same domain code as the listSlots callable. The model reads local times with
 * the business's offset; the widget gets the same slots as choices.
 */
export const findAvailableSlotsTool: ChatTool<typeof findAvailableSlotsArguments> = {
  name: 'find_available_slots',
  description: `Free appointment start times of one service between two dates (inclusive, the business's local dates, at most ${MAX_SEARCH_DAYS} days). The result lists every service offered (id, name, description, length, price) and whether bookings are requests the business confirms later.`,
  arguments: findAvailableSlotsArguments,
  async run(args, context) {
    const booking = await context.booking();
    const zone = booking.timezone;
    const from = DateTime.fromISO(args.from_date, { zone }).startOf('day');
    const to = DateTime.fromISO(args.to_date, { zone }).plus({ days: 1 }).startOf('day');
    const end = DateTime.min(to, from.plus({ days: MAX_SEARCH_DAYS }));
    const service = pickService(booking.availability, {
      serviceId: args.service_id,
      durationMinutes: args.duration_minutes,
    });
    if (typeof service === 'string') return { result: { error: service } };
    const durationMinutes = service.durationMinutes;
    const slots = (
      await findFreeSlots({
        botId: context.botId,
        context: booking,
        range: { start: from.toMillis(), end: end.toMillis() },
        service,
      })
    ).slice(0, MAX_OFFERED_SLOTS);
    return {
      result: {
        timezone: zone,
        services: bookableServices(booking.availability).map((offered) => ({
          id: offered.id,
          name: offered.name,
          description: offered.description,
          duration_minutes: offered.durationMinutes,
          price: offered.priceText,
        })),
        service_id: service.id,
        requires_confirmation: booking.availability.confirmationRequired,
        duration_minutes: durationMinutes,
        slots: slots.map((start) =>
          DateTime.fromMillis(start, { zone }).toISO({ suppressMilliseconds: true, suppressSeconds: true }),
        ),
      },
      attachment: {
        kind: 'slots',
        timezone: zone,
        durationMinutes,
        serviceId: service.id,
        slots: slots.map((start) => new Date(start).toISOString()),
      },
    };
  },
};
