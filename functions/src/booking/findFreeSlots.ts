import type { Service } from '@frontdesk/contract';
import { generateSlots } from '../domain/booking/generateSlots.ts';
import type { Range } from '../domain/booking/timeRanges.ts';
import type { BookingContext } from './loadBookingContext.ts';
import { loadTakenRanges } from './loadTakenRanges.ts';

/**
 * Free start times of a bot's service in a range, taken ones left out; shared by listSlots, the assistant's
 * tool and the reschedule page. `ignoreBookingId`: a booking being moved does not stand in its own way.
 */
export async function findFreeSlots(input: {
  botId: string;
  context: BookingContext;
  range: Range;
  service: Pick<Service, 'durationMinutes' | 'bufferMinutes'>;
  ignoreBookingId?: string;
}): Promise<number[]> {
  return generateSlots({
    availability: input.context.availability,
    zone: input.context.timezone,
    now: Date.now(),
    range: input.range,
    durationMinutes: input.service.durationMinutes,
    bufferMinutes: input.service.bufferMinutes,
    taken: await loadTakenRanges(input.botId, input.range, input.ignoreBookingId),
  });
}
