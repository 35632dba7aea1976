import type { Availability } from '@frontdesk/contract';
import { openWindows } from './openWindows.ts';
import { MINUTE, overlaps, type Range } from './timeRanges.ts';

export interface SlotQuery {
  availability: Availability;
  zone: string;
  now: number;
  /** The instants to search, e.g. a week the visitor asked about. */
  range: Range;
  durationMinutes: number;
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
 * opening window (so a window across a clock change keeps its real length); an appointment must end within
 * its window (its buffer may run past it), respect the minimum notice and the booking horizon, and keep
 * clear of every taken range, buffers on both sides included.
 */
export function generateSlots(query: SlotQuery): number[] {
  const { availability } = query;
  const horizon = bookingHorizon(availability, query.now);
  const duration = query.durationMinutes * MINUTE;
  const step = availability.slotMinutes * MINUTE;
  const slots: number[] = [];
  for (const window of openWindows(availability, query.zone, query.range)) {
    for (let start = window.start; start + duration <= window.end; start += step) {
      if (start < query.range.start || start >= query.range.end) continue;
      if (start < horizon.start || start > horizon.end) continue;
      const claim = claimedRange(start, query.durationMinutes, availability.bufferMinutes);
      if (query.taken.some((taken) => overlaps(claim, taken))) continue;
      slots.push(start);
    }
  }
  return slots;
}
