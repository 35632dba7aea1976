import { z } from 'zod';
import { oneLineString } from './oneLineText.ts';
import { documentIdSchema } from './sendMessage.ts';
import { validationMessages } from './validationMessages.ts';

const instantSchema = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-06-02T10:00:00+02:00' });

export const listSlotsRequestSchema = z.strictObject({
  botId: documentIdSchema,
  from: instantSchema,
  to: instantSchema,
  /** One of the bot's durations; default its first. */
  durationMinutes: z.int().min(5).max(480).optional(),
});
export type ListSlotsRequest = z.infer<typeof listSlotsRequestSchema>;

export interface ListSlotsResponse {
  /** The business's IANA timezone; slots are instants, shown in the visitor's own zone. */
  timezone: string;
  durationMinutes: number;
  durationsMinutes: number[];
  /** Free start times, ISO 8601 in UTC, ascending. */
  slots: string[];
}

export const bookSlotRequestSchema = z.strictObject({
  botId: documentIdSchema,
  start: instantSchema,
  durationMinutes: z.int({ error: 'must be a whole number of minutes' }).min(5).max(480),
  /** The visitor's name reaches the team's mail subject: one line of text. */
  name: oneLineString().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  email: z.email({ error: 'must be an email address like name@example.com' }).max(254),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{3,30}$/, validationMessages.phone)
    .optional(),
  notes: z.string().trim().max(1_000, 'must be at most 1000 characters').optional(),
  /** The conversation the booking was made from, if any. */
  conversationId: documentIdSchema.optional(),
  /** Chosen once per booking attempt and reused on retry, so a retried call books once. */
  clientRequestId: documentIdSchema.optional(),
});
export type BookSlotRequest = z.infer<typeof bookSlotRequestSchema>;

export interface BookSlotResponse {
  bookingId: string;
  start: string;
  end: string;
  timezone: string;
}

export const cancelBookingRequestSchema = z.strictObject({ botId: documentIdSchema, bookingId: documentIdSchema });
export type CancelBookingRequest = z.infer<typeof cancelBookingRequestSchema>;
export interface CancelBookingResponse {
  status: 'cancelled';
}

/** Timestamps are typed loosely, as in documents.ts: admin and web SDKs have different classes. */
const timestamp = z.unknown();

/** `bots/{botId}/bookings/{bookingId}`: read by the bot's team; the cancel token is stored only as a hash. */
export const bookingSchema = z.object({
  botId: z.string(),
  tenantId: z.string(),
  visitorUid: z.string(),
  conversationId: z.string().nullable(),
  status: z.enum(['confirmed', 'cancelled']),
  start: timestamp,
  end: timestamp,
  /** End of what the booking holds: its end plus the buffer in force when it was made. */
  claimEnd: timestamp,
  durationMinutes: z.int(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  notes: z.string().nullable(),
  /** Ids of the `slotUnits` documents it holds; released on cancel. */
  unitIds: z.array(z.string()),
  /** iCalendar SEQUENCE of the last invitation sent. */
  sequence: z.int(),
  cancelTokenHash: z.string(),
  cancelTokenExpiresAt: timestamp,
  createdAt: timestamp,
  /** Null until cancelled. */
  cancelledAt: timestamp,
  cancelledBy: z.enum(['visitor', 'team']).nullable(),
  /**
   * Firestore TTL field: the tenant's booking retention (`bookingRetentionDays`) after the appointment ends.
   * Absent on bookings made before retention applied to them, until an owner saves the period again.
   */
  expireAt: timestamp.optional(),
});
export type Booking = z.infer<typeof bookingSchema>;

/**
 * `bots/{botId}/slotUnits/{unitId}`: one 5-minute unit a booking holds, created with the booking and deleted
 * when it is cancelled. `expiresAt` (the booking's claim end) lets a Firestore TTL policy remove past ones.
 */
export const slotUnitSchema = z.object({
  bookingId: z.string(),
  expiresAt: timestamp,
});
export type SlotUnit = z.infer<typeof slotUnitSchema>;
