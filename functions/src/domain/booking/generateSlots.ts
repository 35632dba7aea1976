import type { Availability } from '@frontdesk/contract';
import { windowsByDate } from './openWindows.ts';
import { MINUTE, mergeRanges, overlaps, type Range } from './timeRanges.ts';

export interface SlotQuery {
  availability: Availability;
  zone: string;
  now: number;
  /** The instants to search, e.g. a week the visitor asked about. */
  range: Range;
  durationMinutes: number;
  /** Kept free after the appointment (the service's); left out: the availability's. */
  bufferMinutes?: number;
  /** What confirmed bookings hold: each booking's `[start, end + buffer)`. */
  taken: Range[];
}

/** What a booking of `durationMinutes` at `start` holds: itself plus the buffer after it. */
export function claimedRange(start: number, durationMinutes: number, bufferMinutes: number): Range {
  return { start, end: start + (durationMinutes + bufferMinutes) * MINUTE };
}

/** The earliest and latest start a visitor may book now. */
export function bookingHorizon(availability: Availability, now: number): Range {
  return {
    start: now + availability.minNoticeMinutes * MINUTE,
    end: now + availability.maxDaysAhead * 24 * 60 * MINUTE,
  };
}

/**
 * Free start times, in instants, ascending. Starts step by `slotMinutes` of real time from the start of each
 * date's opening window (so a window across a clock change keeps its real length, and the grid of a date never
 * depends on the range asked about); an appointment must end within opening hours, which may continue into
 * the next date's (its buffer may run past them), respect the minimum notice and the booking horizon, and keep
 * clear of every taken range, buffers on both sides included.
 */
export function generateSlots(query: SlotQuery): number[] {
  const { availability } = query;
  const horizon = bookingHorizon(availability, query.now);
  const duration = query.durationMinutes * MINUTE;
  const step = availability.slotMinutes * MINUTE;
  const byDate = windowsByDate(availability, query.zone, query.range);
  const open = mergeRanges(byDate.flat());
  const slots: number[] = [];
  // The last date is only there for appointments running on into it; its own slots lie outside the range.
  for (const window of byDate.slice(0, -1).flat()) {
    for (let start = window.start; start < window.end; start += step) {
      if (start < query.range.start || start >= query.range.end) continue;
      if (start < horizon.start || start > horizon.end) continue;
      const hours = open.find((range) => range.start <= start && start < range.end);
      if (!hours || start + duration > hours.end) continue;
      const claim = claimedRange(start, query.durationMinutes, query.bufferMinutes ?? availability.bufferMinutes);
      if (query.taken.some((taken) => overlaps(claim, taken))) continue;
      slots.push(start);
    }
  }
  return slots.sort((a, b) => a - b);
}
