import type { Availability, Weekday } from '@frontdesk/contract';
import { DateTime } from 'luxon';
import { mergeRanges, type Range } from './timeRanges.ts';

const weekdayByLuxon: Record<number, Weekday> = {
  1: 'mon',
  2: 'tue',
  3: 'wed',
  4: 'thu',
  5: 'fri',
  6: 'sat',
  7: 'sun',
};

/**
 * The instant a wall-clock time on a local date happens in `zone`. A time inside a spring-forward gap moves
 * forward by the gap (02:30 on the changeover night in Berlin is 03:30 summer time); an ambiguous autumn
 * time takes the earlier of its two instants. `24:00` is the next day's midnight.
 */
export function localInstant(date: string, time: string, zone: string): number {
  if (time === '24:00') return DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toMillis();
  return DateTime.fromISO(`${date}T${time}`, { zone }).toMillis();
}

/** Opening hours of one local date as instants: weekly hours, one-off and repeating hours, unless closed. */
export function windowsOfDate(availability: Availability, date: string, zone: string): Range[] {
  if (availability.closedDates.includes(date)) return [];
  const day = DateTime.fromISO(date, { zone });
  const weekday = weekdayByLuxon[day.weekday] as Weekday;
  const times = [
    ...availability.weekly[weekday],
    ...availability.oneOff.filter((entry) => entry.date === date),
    ...availability.repeating.filter((entry) => {
      if (date < entry.from || (entry.until !== null && date > entry.until)) return false;
      return entry.every === 'day' || DateTime.fromISO(entry.from, { zone }).weekday === day.weekday;
    }),
  ];
  return mergeRanges(
    times.map((time) => ({ start: localInstant(date, time.start, zone), end: localInstant(date, time.end, zone) })),
  );
}

/**
 * The opening hours of every local date that `[from, to)` touches, each date on its own (merged within the
 * date), plus the date after the last: an appointment late on one date may run on into hours of the next.
 */
export function windowsByDate(availability: Availability, zone: string, range: Range): Range[][] {
  const dates: Range[][] = [];
  const last = DateTime.fromMillis(range.end, { zone }).plus({ days: 1 }).toISODate() as string;
  for (
    let day = DateTime.fromMillis(range.start, { zone }).startOf('day');
    (day.toISODate() as string) <= last;
    day = day.plus({ days: 1 })
  ) {
    dates.push(windowsOfDate(availability, day.toISODate() as string, zone));
  }
  return dates;
}
