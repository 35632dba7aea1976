import { z } from 'zod';

/** Timestamps are typed loosely, as in documents.ts: admin and web SDKs have different classes. */
const timestamp = z.unknown();

/**
 * `rateLimits/{key}:{windowMs}:{windowStart}:{shard}`: requests counted in one fixed window. `expiresAt`, a day
 * after the window ends, drives a Firestore TTL policy.
 */
export const rateLimitCounterSchema = z.object({
  count: z.int().min(0),
  expiresAt: timestamp,
});
export type RateLimitCounter = z.infer<typeof rateLimitCounterSchema>;

/** Tokens of one shard in one period: held by running replies, and used by ended ones. */
const tokenCountsSchema = z.object({
  reservedTokens: z.number().optional(),
  usedTokens: z.number().optional(),
});

/**
 * `tenants/{tenantId}/budgetMonths/{month}-{shard}`: one shard of a tenant's token budget for a month, and of
 * each day of it (`days`, by `2026-06-02`, for the daily cap). Tokens are reserved while a reply's model round
 * runs and turned into `usedTokens` when it ends; a shard is summed by `month`. Each shard may hold only its
 * share of the budget (see functions/src/domain/limits/budgetShares.ts).
 */
export const budgetMonthSchema = tokenCountsSchema.extend({
  /** `2026-06` (UTC). */
  month: z.string(),
  days: z.record(z.string(), tokenCountsSchema).optional(),
});
export type BudgetMonth = z.infer<typeof budgetMonthSchema>;

/**
 * `tenants/{tenantId}/usageDays/{day}-{shard}`: one shard of a tenant's totals of a day (UTC), summed by `day`
 * for the console. A count nothing has added to yet is absent.
 */
export const usageDaySchema = z.object({
  /** `2026-06-02`. */
  day: z.string(),
  conversations: z.number().optional(),
  messages: z.number().optional(),
  replies: z.number().optional(),
  /** Bookings made (requested or confirmed at once). */
  bookings: z.number().optional(),
  bookingsRequested: z.number().optional(),
  /** Confirmed at once or by the team. */
  bookingsConfirmed: z.number().optional(),
  bookingsCancelled: z.number().optional(),
  bookingsNoShow: z.number().optional(),
  promptTokens: z.number().optional(),
  completionTokens: z.number().optional(),
  /** Tokens embedded for the knowledge: passages when indexing, questions when answering. */
  embeddingTokens: z.number().optional(),
});
export type UsageDay = z.infer<typeof usageDaySchema>;
