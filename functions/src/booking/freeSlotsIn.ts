import type { ListSlotsResponse } from '@frontdesk/contract';
import { refuse } from '../lib/refuse.ts';
import { findFreeSlots } from './findFreeSlots.ts';
import type { BookingContext } from './loadBookingContext.ts';

const MAX_RANGE_DAYS = 31;

/**
 * A bot's free slots in a range of at most 31 days, for one of its durations (default its first). `count` runs
 * once the request is valid and before the bookings are read: the caller's rate limits, so bad input costs none.
 */
export async function freeSlotsIn(
  context: BookingContext,
  input: { from: string; to: string; durationMinutes?: number | undefined },
  count: () => Promise<void>,
): Promise<ListSlotsResponse> {
  const range = { start: Date.parse(input.from), end: Date.parse(input.to) };
  if (range.end <= range.start) throw refuse('invalid-argument', 'invalid_input', 'to: must be after from');
  if (range.end - range.start > MAX_RANGE_DAYS * 86_400_000) {
    throw refuse('invalid-argument', 'invalid_input', `to: must be at most ${MAX_RANGE_DAYS} days after from`);
  }
  const { availability } = context;
  const durationMinutes = input.durationMinutes ?? (availability.durationsMinutes[0] as number);
  if (!availability.durationsMinutes.includes(durationMinutes)) {
    throw refuse(
      'invalid-argument',
      'invalid_input',
      `durationMinutes: must be one of ${availability.durationsMinutes.join(', ')}`,
    );
  }
  await count();
  const slots = await findFreeSlots({ botId: context.botId, context, range, durationMinutes });
  return {
    timezone: context.timezone,
    durationMinutes,
    durationsMinutes: availability.durationsMinutes,
    slots: slots.map((start) => new Date(start).toISOString()),
  };
}
