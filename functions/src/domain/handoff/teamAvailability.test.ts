import { defaultAvailability } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { teamAvailability } from './teamAvailability.ts';

const hours = {
  ...defaultAvailability,
  weekly: {
    ...defaultAvailability.weekly,
    mon: [{ start: '08:00', end: '17:00' }],
    tue: [{ start: '08:00', end: '17:00' }],
  },
};

describe('teamAvailability', () => {
  it('is open within the opening hours', () => {
    // Monday 2026-06-01 10:00 in Berlin (UTC+2)
    expect(teamAvailability(hours, 'Europe/Berlin', Date.parse('2026-06-01T08:00:00Z')).openNow).toBe(true);
  });

  it('names the next opening when closed', () => {
    // Monday 2026-06-01 20:00 in Berlin: opens Tuesday 08:00 (06:00 UTC)
    expect(teamAvailability(hours, 'Europe/Berlin', Date.parse('2026-06-01T18:00:00Z'))).toEqual({
      openNow: false,
      opensAt: '2026-06-02T06:00:00.000Z',
      timezone: 'Europe/Berlin',
    });
  });

  it('counts a bot without opening hours as open', () => {
    const none = { ...defaultAvailability, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(teamAvailability(none, 'UTC', Date.parse('2026-06-01T18:00:00Z')).openNow).toBe(true);
  });
});
