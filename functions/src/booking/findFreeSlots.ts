import { generateSlots } from '../domain/booking/generateSlots.ts';
import type { Range } from '../domain/booking/timeRanges.ts';
import type { BookingContext } from './loadBookingContext.ts';
import { loadTakenRanges } from './loadTakenRanges.ts';

/** Free start times of a bot in a range, taken ones left out; shared by listSlots and the assistant's tool. */
export async function findFreeSlots(input: {
  botId: string;
  context: BookingContext;
  range: Range;
  durationMinutes: number;
}): Promise<number[]> {
  return generateSlots({
    availability: input.context.availability,
    zone: input.context.timezone,
    now: Date.now(),
    range: input.range,
    durationMinutes: input.durationMinutes,
    taken: await loadTakenRanges(input.botId, input.range),
  });
}
