import { DateTime } from 'luxon';
import { z } from 'zod';
import { findFreeSlots } from '../../booking/findFreeSlots.ts';
import type { ChatTool } from './ChatTool.ts';

const MAX_SEARCH_DAYS = 14;
const MAX_OFFERED_SLOTS = 12;

const findAvailableSlotsArguments = z.object({
  from_date: z.iso.date().describe('First date, YYYY-MM-DD'),
  to_date: z.iso.date().describe('Last date, YYYY-MM-DD'),
  duration_minutes: z.int().describe('Appointment length; default the usual one').optional(),
});

/**
 * Free start times, with the same domain code as the listSlots callable. The model reads local times with
 * the business's offset; the widget gets the same slots as choices.
 */
export const findAvailableSlotsTool: ChatTool<typeof findAvailableSlotsArguments> = {
  name: 'find_available_slots',
  description: `Free appointment start times between two dates (inclusive, the business's local dates, at most ${MAX_SEARCH_DAYS} days).`,
  arguments: findAvailableSlotsArguments,
  async run(args, context) {
    const booking = await context.booking();
    const zone = booking.timezone;
    const from = DateTime.fromISO(args.from_date, { zone }).startOf('day');
    const to = DateTime.fromISO(args.to_date, { zone }).plus({ days: 1 }).startOf('day');
    const end = DateTime.min(to, from.plus({ days: MAX_SEARCH_DAYS }));
    const durations = booking.availability.durationsMinutes;
    const durationMinutes = args.duration_minutes ?? (durations[0] as number);
    if (!durations.includes(durationMinutes)) {
      return { result: { error: `duration_minutes must be one of ${durations.join(', ')}` } };
    }
    const slots = (
      await findFreeSlots({
        botId: context.botId,
        context: booking,
        range: { start: from.toMillis(), end: end.toMillis() },
        durationMinutes,
      })
    ).slice(0, MAX_OFFERED_SLOTS);
    return {
      result: {
        timezone: zone,
        duration_minutes: durationMinutes,
        slots: slots.map((start) =>
          DateTime.fromMillis(start, { zone }).toISO({ suppressMilliseconds: true, suppressSeconds: true }),
        ),
      },
      attachment: {
        kind: 'slots',
        timezone: zone,
        durationMinutes,
        slots: slots.map((start) => new Date(start).toISOString()),
      },
    };
  },
};
