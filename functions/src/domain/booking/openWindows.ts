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

/** All opening hours that touch `[from, to)`, merged, in instants. */
export function openWindows(availability: Availability, zone: string, range: Range): Range[] {
  const windows: Range[] = [];
  const last = DateTime.fromMillis(range.end, { zone }).toISODate() as string;
  for (
    let day = DateTime.fromMillis(range.start, { zone }).startOf('day');
    (day.toISODate() as string) <= last;
    day = day.plus({ days: 1 })
  ) {
    windows.push(...windowsOfDate(availability, day.toISODate() as string, zone));
  }
  return mergeRanges(windows).filter((window) => window.end > range.start && window.start < range.end);
}
