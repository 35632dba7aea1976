import { z } from 'zod';
import { oneLineString } from './oneLineText.ts';
import { documentIdSchema } from './sendMessage.ts';
import { validationMessages } from './validationMessages.ts';

const instantSchema = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-06-02T10:00:00+02:00' });

export const listSlotsRequestSchema = z.strictObject({
  botId: documentIdSchema,
  from: instantSchema,
  to: instantSchema,
  /** One of the bot's services; default its first active one. */
  serviceId: z.string().max(40).optional(),
  /** For bots without services: one of the bot's durations; default its first. */
  durationMinutes: z.int().min(5).max(480).optional(),
});
export type ListSlotsRequest = z.infer<typeof listSlotsRequestSchema>;

/** A service as visitors see it (the widget's picker, the model's tool). */
export interface OfferedService {
  id: string;
  name: string;
  description: string;
  durationMinutes: number;
  priceText: string;
}

export interface ListSlotsResponse {
  /** The business's IANA timezone; slots are instants, shown in the visitor's own zone. */
  timezone: string;
  /** The service the slots are for, and every active one the bot offers. */
  serviceId: string;
  services: OfferedService[];
  durationMinutes: number;
  durationsMinutes: number[];
  /** Whether a booking is a request the team confirms later. */
  confirmationRequired: boolean;
  /** Free start times, ISO 8601 in UTC, ascending. */
  slots: string[];
}

export const bookSlotRequestSchema = z.strictObject({
  botId: documentIdSchema,
  start: instantSchema,
  /** One of the bot's services; left out: the one of `durationMinutes`, else the first active one. */
  serviceId: z.string().max(40).optional(),
  /** For bots without services (and older widgets): the length booked. */
  durationMinutes: z.int({ error: 'must be a whole number of minutes' }).min(5).max(480).optional(),
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
  /** `requested`: the time is held until the team confirms it; the visitor hears by mail either way. */
  status?: 'requested' | 'confirmed';
  serviceName?: string;
}

/** Which booking a team call is about. */
const bookingRef = { botId: documentIdSchema, bookingId: documentIdSchema };

/** The team confirms or declines a requested booking. */
export const decideBookingRequestSchema = z.strictObject({
  ...bookingRef,
  decision: z.enum(['confirm', 'decline']),
});
export type DecideBookingRequest = z.infer<typeof decideBookingRequestSchema>;

/** The team moves a booking to another offered start (of the same service). */
export const rescheduleBookingRequestSchema = z.strictObject({
  ...bookingRef,
  start: instantSchema,
});
export type RescheduleBookingRequest = z.infer<typeof rescheduleBookingRequestSchema>;

/** The team records how a past appointment went. */
export const setBookingOutcomeRequestSchema = z.strictObject({
  ...bookingRef,
  outcome: z.enum(['attended', 'no_show']),
});
export type SetBookingOutcomeRequest = z.infer<typeof setBookingOutcomeRequestSchema>;

/** Creates the bot's calendar feed (a new secret address, the old one stops working) or revokes it. */
export const setCalendarFeedRequestSchema = z.strictObject({
  botId: documentIdSchema,
  action: z.enum(['create', 'revoke']),
});
export type SetCalendarFeedRequest = z.infer<typeof setCalendarFeedRequestSchema>;
/** The address is shown once, at creation: only its hash is stored. */
export interface SetCalendarFeedResponse {
  url: string | null;
}

/**
 * The life of a booking. `requested` (confirmation mode) and `confirmed` hold their slot units; `declined`,
 * `expired` (a request nobody answered in time) and `cancelled` have freed them.
 */
export const bookingStatusSchema = z.enum(['requested', 'confirmed', 'declined', 'expired', 'cancelled']);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;
/** The statuses that hold time. */
export const holdingBookingStatuses = ['requested', 'confirmed'] as const satisfies BookingStatus[];

export const cancelBookingRequestSchema = z.strictObject(bookingRef);
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
  status: bookingStatusSchema,
  /** The service booked; absent on bookings made before services (the default one). */
  serviceId: z.string().optional(),
  serviceName: z.string().optional(),
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
  /** While `requested`: when the request expires unanswered. */
  requestExpiresAt: timestamp.nullable().optional(),
  /** When the reminder is due; null once it went out, or when none is to go. */
  reminderAt: timestamp.nullable().optional(),
  reminderSentAt: timestamp.nullable().optional(),
  /** Set by the team once the appointment has ended. */
  outcome: z.enum(['attended', 'no_show']).nullable().optional(),
  /** When the booking was last moved. */
  rescheduledAt: timestamp.nullable().optional(),
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
/**
 * `bots/{botId}/private/calendarFeed`: the bot's calendar subscription. Only a hash of the secret in its
 * address is kept; deleting the document revokes the feed.
 */
export const calendarFeedSchema = z.object({
  tokenHash: z.string(),
  createdAt: timestamp,
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

export const slotUnitSchema = z.object({
  bookingId: z.string(),
  expiresAt: timestamp,
});
export type SlotUnit = z.infer<typeof slotUnitSchema>;
