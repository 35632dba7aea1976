import type { Availability, TeamAvailability } from '@frontdesk/contract';
import { windowsByDate } from '../booking/openWindows.ts';

/** How far ahead the next opening is looked for; beyond that the widget says only that the team will answer. */
const LOOKAHEAD_DAYS = 14;

/**
 * Whether the team is there now, by the bot's opening hours (the hours bookings are offered in), and if not, when
 * it opens next: what the widget tells a visitor who asks for a person ("We are closed now; the team answers from
 * 8:00"). A bot with no opening hours at all counts as always open: nothing says otherwise.
 */
export function teamAvailability(availability: Availability, zone: string, now: number): TeamAvailability {
  const windows = windowsByDate(availability, zone, { start: now, end: now + LOOKAHEAD_DAYS * 86_400_000 }).flat();
  if (windows.length === 0) {
    const noHours = Object.values(availability.weekly).every((day) => day.length === 0);
    return { openNow: noHours, opensAt: null, timezone: zone };
  }
  if (windows.some((window) => window.start <= now && now < window.end)) {
    return { openNow: true, opensAt: null, timezone: zone };
  }
  const next = windows.filter((window) => window.start > now).sort((a, b) => a.start - b.start)[0];
  return { openNow: false, opensAt: next ? new Date(next.start).toISOString() : null, timezone: zone };
}
