import { randomInt } from 'node:crypto';
import { paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { dayKey } from '../domain/limits/tokenBudget.ts';
import { db } from '../lib/admin.ts';

const SHARDS = 4;

export interface DailyCounts {
  conversations?: number;
  messages?: number;
  replies?: number;
  bookings?: number;
  bookingsRequested?: number;
  bookingsConfirmed?: number;
  bookingsCancelled?: number;
  bookingsNoShow?: number;
  promptTokens?: number;
  completionTokens?: number;
  embeddingTokens?: number;
}

/**
 * Adds to the tenant's totals of the day (UTC), read by the console: `tenants/{t}/usageDays/{day}-{shard}`,
 * summed over shards by `day`. Best effort: a failure is logged, never shown to the visitor.
 */
export async function recordDailyUsage(tenantId: string, now: Date, counts: DailyCounts): Promise<void> {
  const day = dayKey(now);
  const increments = Object.fromEntries(
    Object.entries(counts)
      .filter(([, value]) => value)
      .map(([key, value]) => [key, FieldValue.increment(value as number)]),
  );
  try {
    await db
      .collection(paths.usageDays(tenantId))
      .doc(`${day}-${randomInt(SHARDS)}`)
      .set({ day, ...increments }, { merge: true });
  } catch (error) {
    logger.warn('Daily usage was not recorded.', { tenantId, counts, error: String(error) });
  }
}
