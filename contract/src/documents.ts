import { z } from 'zod';
import { replyErrorCodes } from './errors.ts';

/** Firestore document shapes. Timestamps are typed loosely: admin and web SDKs have different classes. */

export const messageRoleSchema = z.enum(['visitor', 'assistant', 'agent']);
export type MessageRole = z.infer<typeof messageRoleSchema>;

export const messageStatusSchema = z.enum(['pending', 'streaming', 'done', 'error']);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

export const conversationStatusSchema = z.enum(['ai', 'human', 'closed']);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

const timestamp = z.unknown();

/** `bots/{botId}`: public widget configuration. Readable by anyone, so it holds nothing secret. */
export const botSchema = z.object({
  tenantId: z.string(),
  active: z.boolean(),
  /** IANA zone of the business, e.g. `Europe/Berlin`: the model is told today's date there. */
  timezone: z.string().optional(),
  appointmentsEnabled: z.boolean().optional(),
  appearance: z.object({
    title: z.string(),
    welcomeMessage: z.string(),
    placeholder: z.string(),
    launcherEmoji: z.string(),
    accentColor: z.string(),
  }),
});
export type Bot = z.infer<typeof botSchema>;

export const memberRoleSchema = z.enum(['owner', 'admin', 'agent']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** `tenants/{tenantId}` */
export const tenantSchema = z.object({
  name: z.string(),
  members: z.record(z.string(), memberRoleSchema),
  /** Left out: the platform default (param DEFAULT_MONTHLY_TOKEN_BUDGET). */
  monthlyTokenBudget: z.int().min(0).optional(),
});
export type Tenant = z.infer<typeof tenantSchema>;

/** `bots/{botId}/conversations/{conversationId}` */
export const conversationSchema = z.object({
  botId: z.string(),
  tenantId: z.string(),
  visitorUid: z.string(),
  status: conversationStatusSchema,
  /** The start of the latest message, for lists. */
  preview: z.string(),
  /** Visitor, assistant and agent messages so far. */
  messageCount: z.int(),
  createdAt: timestamp,
  lastActivityAt: timestamp,
});
export type Conversation = z.infer<typeof conversationSchema>;

/** Structured content an assistant reply carries besides its text, rendered by the widget as controls. */
export const messageAttachmentSchema = z.discriminatedUnion('kind', [
  /** Free slots the assistant found: buttons the visitor can pick. Instants in UTC. */
  z.object({
    kind: z.literal('slots'),
    timezone: z.string(),
    durationMinutes: z.number(),
    slots: z.array(z.string()),
  }),
  /** A booking the assistant made. */
  z.object({
    kind: z.literal('booking'),
    bookingId: z.string(),
    start: z.string(),
    end: z.string(),
    timezone: z.string(),
  }),
]);
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

/**
 * `bots/{botId}/conversations/{conversationId}/messages/{messageId}`.
 * `visitorUid` and `tenantId` are copied from the conversation so rules need no extra `get()`.
 */
export const messageSchema = z.object({
  role: messageRoleSchema,
  text: z.string(),
  status: messageStatusSchema,
  errorCode: z.enum(replyErrorCodes).nullable(),
  visitorUid: z.string(),
  tenantId: z.string(),
  /** The model that wrote an assistant reply. */
  model: z.string().nullable(),
  /** Tokens of an assistant reply once it has ended: reported by the provider, or estimated when cut short. */
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number(), estimated: z.boolean() }).nullable(),
  /** Milliseconds from the request to the first token, and to the end. */
  timing: z.object({ timeToFirstTokenMs: z.number().nullable(), durationMs: z.number() }).nullable(),
  /** While a reply is `pending` or `streaming`: when its writer counts as dead and the sweeper may end it. */
  leaseExpiresAt: timestamp.nullable(),
  /** The tenant member who wrote an agent message. */
  authorUid: z.string().nullable(),
  /** Slots offered or a booking made by the assistant's tools. */
  attachments: z.array(messageAttachmentSchema).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Message = z.infer<typeof messageSchema>;
