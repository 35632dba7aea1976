import { describe, expect, it } from 'vitest';
import { MINUTE_MS, secondsUntil, shardCapacities, shardOrder, windowOf } from './rateLimitWindows.ts';

describe('rate limit windows', () => {
  it('aligns fixed windows to the epoch', () => {
    const now = Date.UTC(2026, 10, 22, 10, 15, 42, 500);
    expect(windowOf(now, MINUTE_MS)).toEqual({
      start: Date.UTC(2026, 10, 22, 10, 15),
      end: Date.UTC(2026, 10, 22, 10, 16),
    });
    expect(secondsUntil(now, windowOf(now, MINUTE_MS).end)).toBe(18);
    expect(secondsUntil(now, now)).toBe(1);
  });

  it('splits a limit over shards without losing or adding capacity', () => {
    expect(shardCapacities(600, 10)).toEqual(Array(10).fill(60));
    expect(shardCapacities(7, 3)).toEqual([3, 2, 2]);
    expect(shardCapacities(2, 4)).toEqual([1, 1, 0, 0]);
    for (const limit of [1, 9, 10, 11, 599, 601]) {
      expect(shardCapacities(limit, 10).reduce((sum, capacity) => sum + capacity, 0)).toBe(limit);
    }
  });

  it('tries every shard once, starting anywhere', () => {
    expect(shardOrder(2, 4)).toEqual([2, 3, 0, 1]);
  });
});
