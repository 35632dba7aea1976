import { z } from 'zod';

/** Events a tenant's webhook endpoints may subscribe to; `ping` is the console's test event only. */
export const webhookEventTypes = [
  'conversation.created',
  'handoff.requested',
  'message.created',
  'booking.created',
  'booking.cancelled',
] as const;
export const webhookEventTypeSchema = z.enum(webhookEventTypes);
export type WebhookEventType = (typeof webhookEventTypes)[number];
export type EventType = WebhookEventType | 'ping';

const timestamp = z.unknown();

/**
 * `events/{eventId}`: something happened in a tenant, written in the transaction of the change itself, so an
 * event exists exactly when its change does. A trigger fans it out into webhook deliveries and notification mails
 * with deterministic ids, so a re-delivered trigger adds nothing. Server only; expires after a week.
 */
export const eventSchema = z.object({
  type: z.enum([...webhookEventTypes, 'ping']),
  tenantId: z.string(),
  botId: z.string().optional(),
  conversationId: z.string().optional(),
  bookingId: z.string().optional(),
  /** For `message.created`: who wrote. */
  role: z.enum(['visitor', 'assistant', 'agent']).optional(),
  /** For `ping`: the one endpoint to send to. */
  endpointId: z.string().optional(),
  /** The webhook payload's `data`: ids and the few fields a receiver needs. */
  data: z.record(z.string(), z.unknown()),
  createdAt: timestamp,
  expireAt: timestamp,
});
export type EventDocument = z.infer<typeof eventSchema>;

/**
 * `tenants/{tenantId}/webhooks/{endpointId}`: where a tenant's events are posted. The signing secret is readable
 * by owners and admins (who configure the receiver), never by agents.
 */
export const webhookEndpointSchema = z.object({
  tenantId: z.string(),
  url: z.string(),
  events: z.array(webhookEventTypeSchema),
  active: z.boolean(),
  secret: z.string(),
  description: z.string().optional(),
  createdAt: timestamp,
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/**
 * `tenants/{tenantId}/webhookDeliveries/{eventId}_{endpointId}`: one event to one endpoint, sent by an outbox with a
 * lease and retries with backoff (the mail outbox's state machine). Its log for the console: attempts, last HTTP
 * status, last error. Owners and admins read it.
 */
export const webhookDeliverySchema = z.object({
  tenantId: z.string(),
  endpointId: z.string(),
  eventId: z.string(),
  type: z.enum([...webhookEventTypes, 'ping']),
  /** The exact body posted, as signed. */
  body: z.string(),
  createdAt: timestamp,
  state: z.enum(['PENDING', 'PROCESSING', 'RETRY', 'SENT', 'ERROR']),
  attempts: z.int().min(0),
  leaseExpireTime: timestamp.nullable(),
  nextAttemptAt: timestamp.nullable(),
  lastStatus: z.int().nullable(),
  lastError: z.string().nullable(),
  durationMs: z.number().nullable().optional(),
  endTime: timestamp.nullable().optional(),
  expireAt: timestamp.optional(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

/** What a member is mailed about, per bot. All off until chosen. */
export const notificationChoicesSchema = z.strictObject({
  conversationCreated: z.boolean(),
  handoffRequested: z.boolean(),
  bookingCreated: z.boolean(),
  bookingCancelled: z.boolean(),
});
export type NotificationChoices = z.infer<typeof notificationChoicesSchema>;
export type NotificationKind = keyof NotificationChoices;

/**
 * `tenants/{tenantId}/notificationPrefs/{uid}`: a member's choices, by bot id. Readable by that member only. A kind
 * left out is off (an unsubscribe link switches off one kind).
 */
export const notificationPrefsSchema = z.object({
  tenantId: z.string(),
  bots: z.record(z.string(), notificationChoicesSchema.partial()),
  updatedAt: timestamp,
});
export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;

/**
 * `tenants/{tenantId}/notificationClaims/{uid}_{kind}_{subjectId}`: the grouping window of one member's mails about one
 * conversation or booking, claimed in a transaction: within `until` no second mail goes out. Server only.
 */
export const notificationClaimSchema = z.object({
  until: timestamp,
  lastEventId: z.string(),
  expireAt: timestamp,
});
