import { z } from 'zod';
import { originPatternSchema } from './botSettings.ts';
import { replyErrorCodes } from './errors.ts';
import { citedSourceSchema, replyKnowledgeSchema } from './knowledge.ts';
import { oneLineString } from './oneLineText.ts';
import { validationMessages } from './validationMessages.ts';
import { visitorContextSchema } from './visitorContext.ts';

/** Firestore document shapes. Timestamps are typed loosely: admin and web SDKs have different classes. */

export const messageRoleSchema = z.enum(['visitor', 'assistant', 'agent']);
export type MessageRole = z.infer<typeof messageRoleSchema>;

export const messageStatusSchema = z.enum(['pending', 'streaming', 'done', 'error']);
export type MessageStatus = z.infer<typeof messageStatusSchema>;

/**
 * `ai`: the AI answers. `waiting`: the visitor asked for a person (or the AI handed over); the AI is silent until
 * a team member answers (`human`) or hands it back. `closed`: ended; a new visitor message reopens it.
 */
export const conversationStatusSchema = z.enum(['ai', 'waiting', 'human', 'closed']);
export type ConversationStatus = z.infer<typeof conversationStatusSchema>;

const timestamp = z.unknown();

const cssColor = z
  .string()
  .trim()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, validationMessages.hexColour);

export const widgetPositionSchema = z.enum(['bottom-right', 'bottom-left', 'bottom-center']);
export type WidgetPosition = z.infer<typeof widgetPositionSchema>;

/** UI languages the widget and console ship. */
export const localeSchema = z.enum(['en', 'de']);
export type Locale = z.infer<typeof localeSchema>;

/**
 * How the widget looks on a site. Only `title`, `welcomeMessage`, `placeholder`, `launcherEmoji` and
 * `accentColor` are required; the widget falls back to its own defaults for the rest. The title is the
 * business name of booking mails (subjects, sender name) and, like the placeholder and the launcher emoji,
 * shows on one line: those are one line of text.
 */
export const appearanceSchema = z.object({
  title: oneLineString().min(1).max(60),
  welcomeMessage: z.string().trim().max(500),
  placeholder: oneLineString().max(80),
  launcherEmoji: oneLineString().max(8),
  /** An https image shown on the launcher instead of the emoji. */
  logoUrl: z
    .url({ protocol: /^https$/ })
    .max(500)
    .optional(),
  accentColor: cssColor,
  accentHoverColor: cssColor.optional(),
  visitorBubbleColor: cssColor.optional(),
  visitorTextColor: cssColor.optional(),
  botBubbleColor: cssColor.optional(),
  botTextColor: cssColor.optional(),
  /** A CSS font-family list; the widget inherits nothing from the host page. */
  fontFamily: z
    .string()
    .trim()
    .max(120)
    .regex(/^[\w\s,"'-]*$/, validationMessages.fontFamily)
    .optional(),
  position: widgetPositionSchema.optional(),
  /** UI language; left out, the widget follows the page's `lang`. */
  locale: localeSchema.optional(),
});
export type Appearance = z.infer<typeof appearanceSchema>;

/**
 * An appearance as a bot document holds it. Reads do not apply the one-line rule, which came later: a bot
 * whose title was saved before it keeps working (its mails still never carry the line break into a header).
 */
const storedAppearanceSchema = appearanceSchema.extend({
  title: z.string().trim().min(1).max(60),
  placeholder: z.string().trim().max(80),
  launcherEmoji: z.string().trim().max(8),
});

/** `bots/{botId}`: public widget configuration. Readable by anyone, so it holds nothing secret. */
export const botSchema = z.object({
  tenantId: z.string(),
  /** Display name in the console and the model's prompt. */
  name: z.string().optional(),
  /** Switched by the tenant; a bot that is not active shows nothing on sites. */
  active: z.boolean(),
  /** Set by a platform administrator; a suspended bot stays off whatever the tenant does. */
  suspended: z.boolean().optional(),
  /**
   * With BOT_REVIEW=required a new bot is `pending` until a platform administrator approves it (`approved`) or
   * refuses it (`refused`); until approved it answers nobody. Left out: no review (bots made without it).
   */
  review: z.enum(['pending', 'approved', 'refused']).optional(),
  /** IANA zone of the business, e.g. `Europe/Berlin`: the model is told today's date there. */
  timezone: z.string().optional(),
  appointmentsEnabled: z.boolean().optional(),
  appearance: storedAppearanceSchema,
  /**
   * A copy of the private settings' `allowedOrigins`, written with them, so the loader shows nothing on other
   * sites; not secret (any page's requests reveal them). Left out (bots saved before the copy): any origin.
   */
  allowedOrigins: z.array(originPatternSchema).optional(),
});
export type Bot = z.infer<typeof botSchema>;

export const memberRoleSchema = z.enum(['owner', 'admin', 'agent']);
export type MemberRole = z.infer<typeof memberRoleSchema>;

/** `tenants/{tenantId}` */
export const tenantSchema = z.object({
  name: z.string(),
  /** uid → role; firestore.rules grant reads by it. */
  members: z.record(z.string(), memberRoleSchema),
  /** uid → email, for the team screen. */
  memberEmails: z.record(z.string(), z.string()).optional(),
  /** Left out: the platform default (param DEFAULT_MONTHLY_TOKEN_BUDGET). */
  monthlyTokenBudget: z.int().min(0).optional(),
  /**
   * Tokens per UTC day, so one day cannot spend the month. Left out: the platform default (param
   * DEFAULT_DAILY_TOKEN_BUDGET, off unless set); null: no daily cap for this tenant.
   */
  dailyTokenBudget: z.int().min(0).nullable().optional(),
  /** Conversations and their messages are deleted this many days after their last activity; null: kept. */
  retentionDays: z.int().min(1).nullable().optional(),
  /** Bookings are deleted this many days after their appointment ends; left out: DEFAULT_BOOKING_RETENTION_DAYS. */
  bookingRetentionDays: z.int().min(1).max(3650).optional(),
  /** Every event some active webhook endpoint listens to, kept by saveWebhook: `message.created` is only recorded then. */
  webhookEvents: z.array(z.string()).optional(),
  /**
   * Bots some member chose to be mailed about new conversations of, kept by the notification choices: with
   * `webhookEvents`, whether a new conversation is recorded as an event at all (most are not: nobody listens).
   */
  newConversationNotifiedBots: z.array(z.string()).optional(),
});
export type Tenant = z.infer<typeof tenantSchema>;

/** Days a booking is kept after its appointment when the tenant sets no `bookingRetentionDays`. */
export const DEFAULT_BOOKING_RETENTION_DAYS = 365;

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
  /** Set when a visitor writes, cleared when a tenant member opens the conversation. */
  unreadForTeam: z.boolean().optional(),
  /** Where the visitor started (first message) and the page they are on now (latest message). */
  context: visitorContextSchema.optional(),
  currentPageUrl: z.string().optional(),
  /** An address the visitor left, with consent, so the team can answer by mail; lower case. */
  visitorEmail: z.string().nullable().optional(),
  emailConsentAt: timestamp.nullable().optional(),
  /** When the visitor last asked for a person. */
  handoffRequestedAt: timestamp.nullable().optional(),
  /** True once a booking was made from this conversation (a list filter). */
  hasBooking: z.boolean().optional(),
  createdAt: timestamp,
  lastActivityAt: timestamp,
  /** Firestore TTL field: when the tenant's retention period ends (moved on with every activity). */
  expireAt: timestamp.nullable().optional(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** Structured content an assistant reply carries besides its text, rendered by the widget as controls. */
export const messageAttachmentSchema = z.discriminatedUnion('kind', [
  /** Free slots the assistant found: buttons the visitor can pick. Instants in UTC. */
  z.object({
    kind: z.literal('slots'),
    timezone: z.string(),
    durationMinutes: z.number(),
    /** The service the slots are for; absent on slots offered before services. */
    serviceId: z.string().optional(),
    slots: z.array(z.string()),
  }),
  /** A booking the assistant made. */
  z.object({
    kind: z.literal('booking'),
    bookingId: z.string(),
    start: z.string(),
    end: z.string(),
    timezone: z.string(),
    /** `requested`: held until the business confirms; absent: confirmed. */
    status: z.enum(['requested', 'confirmed']).optional(),
    serviceName: z.string().optional(),
  }),
]);
export type MessageAttachment = z.infer<typeof messageAttachmentSchema>;

/**
 * `bots/{botId}/conversations/{conversationId}/messages/{messageId}`: what the visitor's widget shows, readable
 * by the visitor. `visitorUid` and `tenantId` are copied from the conversation so rules need no extra `get()`.
 * How a reply was made and who on the team wrote a message are in `messageMetaSchema`, which visitors cannot read.
 */
export const messageSchema = z.object({
  role: messageRoleSchema,
  text: z.string(),
  status: messageStatusSchema,
  errorCode: z.enum(replyErrorCodes).nullable(),
  visitorUid: z.string(),
  tenantId: z.string(),
  /**
   * While a reply is `pending` or `streaming`: when its writer counts as dead and the sweeper may end it. On the
   * message, not in its meta, because it is renewed with every streamed write.
   */
  leaseExpiresAt: timestamp.nullable(),
  /** Slots offered or a booking made by the assistant's tools. */
  attachments: z.array(messageAttachmentSchema).optional(),
  /** The bot's knowledge sources a reply cites (`[n]` in its text), shown under it as links or titles. */
  sources: z.array(citedSourceSchema).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Firestore TTL field, as on the conversation. */
  expireAt: timestamp.nullable().optional(),
});

/**
 * A reply's hold on its tenant's token budget while a model call runs: the month and day (UTC) it counts in,
 * the budget shards holding the tokens, and the estimated prompt part (charged when the reply's writer died and
 * nothing was reported). Whoever ends the round (its writer, or the sweeper after a crash) removes it in a
 * transaction and settles the shards, so a reservation is released exactly once.
 */
export const tokenReservationSchema = z.object({
  month: z.string(),
  day: z.string(),
  parts: z.array(z.object({ path: z.string(), tokens: z.number() })),
  tokens: z.number(),
  promptTokens: z.number(),
});
export type TokenReservation = z.infer<typeof tokenReservationSchema>;

/** Tokens of a reply once it has ended: reported by the provider, or estimated when cut short. */
export const replyUsageSchema = z.object({
  promptTokens: z.number(),
  completionTokens: z.number(),
  estimated: z.boolean(),
});
export type ReplyUsage = z.infer<typeof replyUsageSchema>;

/**
 * `bots/{botId}/conversations/{conversationId}/messageMeta/{messageId}`: what the team sees about a message and
 * its visitor must not, readable by the tenant's team only. Written with the message: a reply's at its start
 * (model, reservation) and in its final transaction (usage, timing, reservation settled); an agent's message's
 * with it (author). Expires with its message.
 */
export const messageMetaSchema = z.object({
  tenantId: z.string(),
  /** The model that wrote an assistant reply. */
  model: z.string().nullable().optional(),
  usage: replyUsageSchema.nullable().optional(),
  /** Milliseconds from the request to the first token, and to the end. */
  timing: z.object({ timeToFirstTokenMs: z.number().nullable(), durationMs: z.number() }).nullable().optional(),
  /** While a reply's model round runs: the tokens it holds. */
  reservation: tokenReservationSchema.nullable().optional(),
  /** The passages a reply's prompt held, which it cited, and whether nothing relevant was found. */
  knowledge: replyKnowledgeSchema.nullable().optional(),
  /** The tenant member who wrote an agent message. */
  authorUid: z.string().optional(),
  createdAt: timestamp,
  /** Firestore TTL field: the message's. */
  expireAt: timestamp.nullable().optional(),
});
export type MessageMeta = z.infer<typeof messageMetaSchema>;

/**
 * `bots/{botId}/conversations/{conversationId}/reasoning/{replyMessageId}`: what a reasoning model thought
 * before a reply, kept only when the bot's `showReasoningToTeam` is on. Readable by the tenant's team, never by
 * the visitor (who reads the messages).
 */
export const reasoningSchema = z.object({
  tenantId: z.string(),
  text: z.string(),
  model: z.string(),
  createdAt: timestamp,
  /** Firestore TTL field, as on the messages. */
  expireAt: timestamp.nullable().optional(),
});
export type Reasoning = z.infer<typeof reasoningSchema>;

/** `tenants/{tenantId}/invites/{email}`: a pending invitation, accepted at the invitee's next sign-in. */
export const inviteSchema = z.object({
  email: z.string(),
  role: memberRoleSchema,
  invitedBy: z.string(),
  createdAt: timestamp,
  /** When the invitation mail was last queued; a repeated invitation within the cooldown sends none. */
  mailedAt: timestamp.optional(),
});
export type Invite = z.infer<typeof inviteSchema>;
export type Message = z.infer<typeof messageSchema>;

/** `system/ipSalt`: the random salt for hashing client IPs, made once per project. Server only. */
export const ipSaltSchema = z.object({ value: z.string() });
export type IpSalt = z.infer<typeof ipSaltSchema>;

/**
 * `bots/{botId}/conversations/{conversationId}/presence/visitor`: written by the visitor's widget while it is open
 * (at most every 30 s), the one client write besides none: only `lastSeenAt`, set to the server's time. The team
 * counts the visitor online while it is recent.
 */
export const visitorPresenceSchema = z.object({ lastSeenAt: timestamp });
/** `…/presence/team`: set by the console while a member types a reply; the visitor sees "typing" until it passes. */
export const teamPresenceSchema = z.object({ typingUntil: timestamp });
