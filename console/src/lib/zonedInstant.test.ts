import { describe, expect, it } from 'vitest';
import { zonedInstant } from './zonedInstant.ts';

describe('zonedInstant', () => {
  it('reads a wall time in four zones, on both sides of their clock changes', () => {
    const cases: Array<[string, string, string]> = [
      ['2026-03-28T10:00', 'Europe/Berlin', '2026-03-28T09:00:00.000Z'],
      ['2026-03-30T10:00', 'Europe/Berlin', '2026-03-30T08:00:00.000Z'],
      ['2026-03-07T09:00', 'America/New_York', '2026-03-07T14:00:00.000Z'],
      ['2026-03-09T09:00', 'America/New_York', '2026-03-09T13:00:00.000Z'],
      ['2026-04-04T09:00', 'Australia/Sydney', '2026-04-03T22:00:00.000Z'],
      ['2026-04-06T09:00', 'Australia/Sydney', '2026-04-05T23:00:00.000Z'],
      ['2026-06-02T09:00', 'Asia/Kolkata', '2026-06-02T03:30:00.000Z'],
    ];
    for (const [local, zone, instant] of cases) expect(zonedInstant(local, zone).toISOString(), zone).toBe(instant);
  });
});
