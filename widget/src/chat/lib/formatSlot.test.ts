import { describe, expect, it } from 'vitest';
import { addMinutes, dayKey, formatDay, formatRange, formatTime } from './formatSlot.ts';

// Pinned instants: 2026-03-29 is the night Europe/Berlin moves to summer time.
const morning = '2026-03-29T08:30:00Z';

describe('slot formatting', () => {
  it('shows an instant in the zone asked for', () => {
    expect(formatTime(morning, 'en', 'Europe/Berlin')).toBe('10:30');
    expect(formatTime(morning, 'en', 'America/New_York')).toBe('04:30');
    expect(formatTime(morning, 'de', 'Asia/Kolkata')).toBe('14:00');
  });

  it('groups by the calendar day of the zone', () => {
    expect(dayKey('2026-03-28T23:30:00Z', 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayKey('2026-03-28T23:30:00Z', 'America/New_York')).toBe('2026-03-28');
  });

  it('names days and ranges in English and German', () => {
    expect(formatDay(morning, 'en', 'Europe/Berlin')).toBe('Sun 29 Mar');
    expect(formatDay(morning, 'de', 'Europe/Berlin')).toBe('So., 29. März');
    expect(formatRange(morning, addMinutes(morning, 30), 'en', 'Europe/Berlin')).toBe(
      'Sunday, 29 March 2026, 10:30–11:00',
    );
  });
});
