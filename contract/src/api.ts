import { z } from 'zod';
import { bookSlotRequestSchema } from './booking.ts';
import { conversationStatusSchema } from './documents.ts';
import { callErrorReasons, httpApiErrorReasons, replyErrorCodes } from './errors.ts';
import { oneLineString } from './oneLineText.ts';
import { documentIdSchema, MAX_MESSAGE_LENGTH } from './sendMessage.ts';

/**
 * The HTTP API (`/api/v1`, authenticated with a bot's API key): its requests, its stream events and its error
 * body. The OpenAPI document (`openApiDocument`) is generated from these schemas.
 */

/** Largest request body the API reads; a bigger one is answered 413 before it is parsed further. */
export const MAX_API_BODY_BYTES = 16 * 1024;

/** The person on the client's side (a user id of the calling system): their conversations are theirs. */
export const externalUserIdSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[A-Za-z0-9_.@:-]{1,128}$/, 'must be 1–128 letters, digits or _ . @ : -');

/** `<reply message id>:<characters of the reply sent so far>`: where a resumed stream continues. */
export const apiEventIdSchema = z
  .string({ error: 'must be a string' })
  .regex(/^[A-Za-z0-9_-]{1,128}:[0-9]{1,9}$/, 'must be an event id the stream sent, like abc-r:120');

export const apiChatRequestSchema = z.strictObject(
  {
    /** The visitor's message. Left out only to resume a stream (`conversationId` and `lastEventId`). */
    message: z
      .string({ error: 'must be a string' })
      .trim()
      .min(1, 'must not be empty')
      .max(MAX_MESSAGE_LENGTH, `must be at most ${MAX_MESSAGE_LENGTH} characters`)
      .optional(),
    /** Omit to start a new conversation. */
    conversationId: documentIdSchema.optional(),
    /** The calling system's id of its user; a conversation started with one continues only with the same. */
    externalUserId: externalUserIdSchema.optional(),
    /** Resume: the id of the last event received (the `Last-Event-ID` header does the same). */
    lastEventId: apiEventIdSchema.optional(),
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : undefined),
  },
);
export type ApiChatRequest = z.infer<typeof apiChatRequestSchema>;

export const apiUsageSchema = z.object({ promptTokens: z.number(), completionTokens: z.number() });

/** The events of a chat stream, in order: `start`, then `token`s and `done`, or `human`, or `error`. */
export const apiChatEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    conversationId: z.string(),
    /** The visitor's message. */
    messageId: z.string(),
    /** The reply being written; null when a person answers the conversation. */
    replyId: z.string().nullable(),
  }),
  z.object({
    type: z.literal('token'),
    /** Where a resumed stream continues after this event. */
    id: apiEventIdSchema,
    /** The text added to the reply since the previous event. */
    text: z.string(),
  }),
  z.object({
    type: z.literal('done'),
    id: apiEventIdSchema,
    /** The whole reply. */
    text: z.string(),
    usage: apiUsageSchema.nullable(),
  }),
  z.object({
    type: z.literal('human'),
    /** A person on the team handles the conversation: the model is not asked; their answer comes later. */
    conversationId: z.string(),
  }),
  z.object({
    type: z.literal('error'),
    code: z.enum([...new Set([...replyErrorCodes, ...callErrorReasons, ...httpApiErrorReasons])]),
    message: z.string(),
  }),
]);
export type ApiChatEvent = z.infer<typeof apiChatEventSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    /** The same reasons the callables send (`details.reason`). */
    reason: z.enum([...callErrorReasons, ...httpApiErrorReasons]),
    message: z.string(),
    retryAfterSeconds: z.number().optional(),
    /** With `invalid_input`: each problem, as the callables send them. */
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.number()])), code: z.string(), message: z.string() }))
      .optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const apiTranscriptSchema = z.object({
  conversationId: z.string(),
  /** `ai`: the model answers; `waiting`: the visitor asked for a person and the model is silent; `human`: a person on the team answers; `closed`. */
  status: conversationStatusSchema,
  messages: z.array(
    z.object({
      id: z.string(),
      role: z.enum(['visitor', 'assistant', 'agent']),
      text: z.string(),
      status: z.enum(['pending', 'streaming', 'done', 'error']),
      errorCode: z.string().nullable(),
      createdAt: z.iso.datetime(),
    }),
  ),
});
export type ApiTranscript = z.infer<typeof apiTranscriptSchema>;

const instant = z.iso.datetime({ offset: true, error: 'must be a date and time like 2026-06-02T10:00:00+02:00' });

export const apiSlotsQuerySchema = z.strictObject({
  from: instant,
  to: instant,
  /** One of the bot's services; default its first active one. */
  serviceId: z.string().max(40).optional(),
  /** For bots without services: one of the bot's durations; default its first. */
  durationMinutes: z.coerce.number().int().min(5).max(480).optional(),
});

export const apiSlotsSchema = z.object({
  timezone: z.string(),
  serviceId: z.string(),
  services: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      description: z.string(),
      durationMinutes: z.number(),
      priceText: z.string(),
    }),
  ),
  durationMinutes: z.number(),
  durationsMinutes: z.array(z.number()),
  /** Whether a booking is a request the team confirms later. */
  confirmationRequired: z.boolean(),
  slots: z.array(z.iso.datetime()),
});

/** The widget's booking form, for the bot of the key; a conversation named must be one of this user's. */
export const apiBookingRequestSchema = bookSlotRequestSchema
  .omit({ botId: true })
  .extend({ externalUserId: externalUserIdSchema.optional() });
export type ApiBookingRequest = z.infer<typeof apiBookingRequestSchema>;

export const apiBookingResponseSchema = z.object({
  bookingId: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  timezone: z.string(),
});

/** `apiKeys/{keyId}`: what the console shows of a bot's API key. Owners and admins read it; nobody writes it. */
export const apiKeySchema = z.object({
  botId: z.string(),
  tenantId: z.string(),
  name: z.string(),
  /** The start of the key (`fdk_<keyId>`), shown so a person can tell keys apart; not a secret. */
  prefix: z.string(),
  createdBy: z.string(),
  createdAt: z.unknown(),
  /** Updated at most once a minute. */
  lastUsedAt: z.unknown().nullable(),
  /** Set when revoked; the key's hash is deleted at the same time, so it authenticates nothing after. */
  revokedAt: z.unknown().nullable(),
  /** Chat messages this key may send per minute and per day (its own rate limits, instead of per visitor). */
  limits: z.object({ perMinute: z.int().min(1), perDay: z.int().min(1) }),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

/** `apiKeySecrets/{keyId}`: the SHA-256 of the key, server only (rules deny every client). */
export const apiKeySecretSchema = z.object({ botId: z.string(), tenantId: z.string(), hash: z.string() });
export type ApiKeySecret = z.infer<typeof apiKeySecretSchema>;

export const DEFAULT_API_KEY_LIMITS = { perMinute: 60, perDay: 5_000 } as const;

export const createApiKeyRequestSchema = z.strictObject({
  botId: documentIdSchema,
  name: oneLineString().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  perMinute: z.int().min(1).max(10_000).optional(),
  perDay: z.int().min(1).max(1_000_000).optional(),
});
export interface CreateApiKeyResponse {
  keyId: string;
  /** The whole key, shown this once: only its hash is stored. */
  key: string;
  prefix: string;
}
export const revokeApiKeyRequestSchema = z.strictObject({ botId: documentIdSchema, keyId: documentIdSchema });
