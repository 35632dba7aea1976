import { describe, expect, it } from 'vitest';
import { monthRoom, placeExcess, shardRoom, spreadUsage } from './budgetShares.ts';

const empty = { used: 0, reserved: 0 };

describe('budget shares', () => {
  it("gives each shard its share of the month's budget, the shares adding up to the budget", () => {
    const limits = { monthly: 1_003, daily: null };
    const rooms = [0, 1, 2, 3].map((shard) => shardRoom({ shard, shards: 4, limits, month: empty, day: empty }));
    expect(rooms).toEqual([251, 251, 251, 250]);
    expect(rooms.reduce((sum, room) => sum + room, 0)).toBe(1_003);
  });

  it('takes what a shard used and holds off its room, never below zero', () => {
    const limits = { monthly: 1_000, daily: null };
    expect(shardRoom({ shard: 0, shards: 4, limits, month: { used: 100, reserved: 50 }, day: empty })).toBe(100);
    expect(shardRoom({ shard: 0, shards: 4, limits, month: { used: 300, reserved: 50 }, day: empty })).toBe(0);
  });

  it('is bounded by the daily cap when there is one', () => {
    const limits = { monthly: 4_000, daily: 400 };
    const month = { used: 100, reserved: 0 };
    expect(shardRoom({ shard: 1, shards: 4, limits, month, day: { used: 40, reserved: 20 } })).toBe(40);
    expect(shardRoom({ shard: 1, shards: 4, limits: { ...limits, daily: null }, month, day: empty })).toBe(900);
    expect(monthRoom({ shard: 1, shards: 4, monthly: 4_000, month })).toBe(900);
  });

  it('spreads usage over the parts of a reservation in order, up to the reservation', () => {
    expect(spreadUsage([100, 50], 120)).toEqual([100, 20]);
    expect(spreadUsage([100, 50], 0)).toEqual([0, 0]);
    expect(spreadUsage([100, 50], 200)).toEqual([100, 50]);
    expect(spreadUsage([100], 30)).toEqual([30]);
  });

  it('places usage beyond the reservation where the month and the day have room, then where the month has', () => {
    const rooms = [
      { both: 0, month: 300 },
      { both: 100, month: 100 },
      { both: 50, month: 200 },
    ];
    expect(placeExcess(rooms, 120)).toEqual({ placed: [0, 100, 20], left: 0 });
    expect(placeExcess(rooms, 400)).toEqual({ placed: [250, 100, 50], left: 0 });
    expect(placeExcess(rooms, 700)).toEqual({ placed: [300, 100, 200], left: 100 });
    expect(placeExcess(rooms, 0)).toEqual({ placed: [0, 0, 0], left: 0 });
  });
});
