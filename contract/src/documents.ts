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
  appearance: z.object({
    title: z.string(),
    welcomeMessage: z.string(),
    placeholder: z.string(),
    launcherEmoji: z.string(),
    accentColor: z.string(),
  }),
});
export type Bot = z.infer<typeof botSchema>;

/** `tenants/{tenantId}` */
export const tenantSchema = z.object({
  name: z.string(),
  members: z.record(z.string(), z.enum(['owner', 'admin', 'agent'])),
});
export type Tenant = z.infer<typeof tenantSchema>;

/** `bots/{botId}/conversations/{conversationId}` */
export const conversationSchema = z.object({
  botId: z.string(),
  tenantId: z.string(),
  visitorUid: z.string(),
  status: conversationStatusSchema,
  preview: z.string(),
  createdAt: timestamp,
  lastActivityAt: timestamp,
});
export type Conversation = z.infer<typeof conversationSchema>;

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
  /** Tokens reported by the provider for an assistant reply, once it has ended. */
  usage: z.object({ promptTokens: z.number(), completionTokens: z.number() }).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Message = z.infer<typeof messageSchema>;

/** `bots/{botId}/private/settings`: tenant members and functions only. */
export const botSettingsSchema = z.object({
  systemPrompt: z.string(),
  model: z.string().nullable(),
});
export type BotSettings = z.infer<typeof botSettingsSchema>;
