import { describe, expect, it } from 'vitest';
import { nextRun } from './nextRun.ts';

const at = (iso: string) => new Date(iso);

describe('nextRun', () => {
  it('counts "every N minutes/hours" from the last run', () => {
    expect(nextRun('every 1 minutes', at('2026-12-02T10:00:30Z'))).toEqual(at('2026-12-02T10:01:30Z'));
    expect(nextRun('every 2 hours', at('2026-12-02T10:00:00Z'))).toEqual(at('2026-12-02T12:00:00Z'));
  });

  it('runs "every day HH:MM" at that time in UTC, tomorrow when it has passed', () => {
    expect(nextRun('every day 03:00', at('2026-12-02T02:59:00Z'))).toEqual(at('2026-12-02T03:00:00Z'));
    expect(nextRun('every day 03:00', at('2026-12-02T03:00:00Z'))).toEqual(at('2026-12-03T03:00:00Z'));
  });

  it('reads unix cron with steps, ranges and lists', () => {
    expect(nextRun('*/15 * * * *', at('2026-12-02T10:07:10Z'))).toEqual(at('2026-12-02T10:15:00Z'));
    expect(nextRun('0 3 * * *', at('2026-12-02T10:00:00Z'))).toEqual(at('2026-12-03T03:00:00Z'));
    expect(nextRun('30 8-9 * * 1,3', at('2026-12-02T09:31:00Z'))).toEqual(at('2026-12-07T08:30:00Z'));
    expect(nextRun('0 0 1 1 *', at('2026-12-02T00:00:00Z'))).toEqual(at('2027-01-01T00:00:00Z'));
  });

  it('answers null for what it does not understand', () => {
    expect(nextRun('every monday 09:00', at('2026-12-02T00:00:00Z'))).toBeNull();
    expect(nextRun('61 * * * *', at('2026-12-02T00:00:00Z'))).toBeNull();
  });
});
