import { describe, expect, it } from 'vitest';
import { firstDay, usageSeries } from './usageSeries.ts';

describe('usageSeries', () => {
  const today = new Date('2026-06-30T22:00:00Z');

  it('sums shards by day over a 30-day window, oldest first, with zeros for quiet days', () => {
    const series = usageSeries(
      [
        { day: '2026-06-30', messages: 3, promptTokens: 100 },
        { day: '2026-06-30', messages: 2, completionTokens: 40, conversations: 1 },
        { day: '2026-06-01', bookings: 1 },
        { day: '2026-05-31', messages: 99 },
        { day: 'bogus', messages: 1 },
      ],
      today,
    );
    expect(series).toHaveLength(30);
    expect(series[0]).toEqual({
      day: '2026-06-01',
      conversations: 0,
      messages: 0,
      replies: 0,
      bookings: 1,
      promptTokens: 0,
      completionTokens: 0,
    });
    expect(series[29]).toMatchObject({
      day: '2026-06-30',
      messages: 5,
      conversations: 1,
      promptTokens: 100,
      completionTokens: 40,
    });
    expect(series.reduce((sum, row) => sum + row.messages, 0)).toBe(5);
  });

  it('names the first day of the window', () => {
    expect(firstDay(today, 30)).toBe('2026-06-01');
  });
});
