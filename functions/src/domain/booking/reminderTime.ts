import type { Availability } from '@frontdesk/contract';

const HOUR_MS = 3_600_000;

/**
 * When a confirmed appointment at `start` is reminded of: `reminderHours` before it, or never when reminders
 * are off or that moment has passed already at `now` (a booking made shortly before needs no reminder of
 * its own confirmation).
 */
export function reminderTime(start: number, reminderHours: Availability['reminderHours'], now: number): number | null {
  if (reminderHours === null) return null;
  const at = start - reminderHours * HOUR_MS;
  return at > now ? at : null;
}
