/** Counters of one day, summed over its shards. */
export interface UsageDay {
  day: string;
  conversations: number;
  messages: number;
  replies: number;
  bookings: number;
  promptTokens: number;
  completionTokens: number;
}

const counters = ['conversations', 'messages', 'replies', 'bookings', 'promptTokens', 'completionTokens'] as const;

/** `YYYY-MM-DD` of a date in UTC, the key the functions count days by. */
export const utcDay = (date: Date) => date.toISOString().slice(0, 10);

/** The first day of the window: `days - 1` days before `today` (UTC). */
export function firstDay(today: Date, days: number): string {
  return utcDay(new Date(today.getTime() - (days - 1) * 86_400_000));
}

/**
 * Sums the sharded `usageDays` documents by their `day` field into one row per day of the window ending
 * `today` (UTC), oldest first; days without documents are zeros, so a chart has no gaps.
 */
export function usageSeries(shards: Array<Record<string, unknown>>, today: Date, days = 30): UsageDay[] {
  const rows = new Map<string, UsageDay>();
  for (let offset = days - 1; offset >= 0; offset--) {
    const day = utcDay(new Date(today.getTime() - offset * 86_400_000));
    rows.set(day, {
      day,
      conversations: 0,
      messages: 0,
      replies: 0,
      bookings: 0,
      promptTokens: 0,
      completionTokens: 0,
    });
  }
  for (const shard of shards) {
    const row = typeof shard.day === 'string' ? rows.get(shard.day) : undefined;
    if (!row) continue;
    for (const counter of counters) {
      const value = shard[counter];
      if (typeof value === 'number' && Number.isFinite(value)) row[counter] += value;
    }
  }
  return [...rows.values()];
}
