import { z } from 'zod';
import { validationMessages } from './validationMessages.ts';

/** Exact origins (`https://shop.example.com`) or one leading wildcard label (`https://*.example.com`). */
export const originPatternSchema = z
  .string()
  .regex(/^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/, validationMessages.origin);

export const rateLimitsSchema = z.object({
  visitorPerMinute: z.int().min(1).max(1_000),
  visitorPerDay: z.int().min(1).max(100_000),
  ipPerMinute: z.int().min(1).max(10_000),
  ipPerDay: z.int().min(1).max(1_000_000),
  botPerMinute: z.int().min(1).max(100_000),
});
export type RateLimits = z.infer<typeof rateLimitsSchema>;

/** Request fields a model's provider may refuse (a 400 that names them); replies then go without them. */
export const modelRequestFields = ['tools', 'stream_options', 'max_completion_tokens'] as const;
export type ModelRequestField = (typeof modelRequestFields)[number];

/**
 * What the functions learned about the bot's model, written by them and never by the team: the request fields
 * its provider refused. Without `tools` the model cannot book in chat; visitors book with the widget's
 * "Book an appointment" button. Saving the settings clears it, so the next reply asks the provider again.
 */
export const modelStatusSchema = z.object({
  model: z.string().max(200),
  refusedFields: z.array(z.enum(modelRequestFields)).max(modelRequestFields.length),
  /** When the provider last refused (epoch ms). */
  checkedAt: z.number(),
});
export type ModelStatus = z.infer<typeof modelStatusSchema>;

/** `bots/{botId}/private/settings`: tenant members and functions only. */
export const botSettingsSchema = z.object({
  systemPrompt: z.string().max(20_000),
  /** `null`: the platform's default model (param OPENAI_MODEL). */
  model: z.string().min(1).max(200).nullable(),
  temperature: z.number().min(0).max(2).nullable(),
  maxOutputTokens: z.int().min(16).max(16_384),
  /** Empty: any origin. The check is a browser-side control, not authentication. */
  allowedOrigins: z.array(originPatternSchema).max(50),
  notificationEmails: z.array(z.email()).max(20),
  maxMessageLength: z.int().min(1).max(4_000),
  limits: rateLimitsSchema,
  /**
   * Whether the team sees the model's reasoning (what a reasoning model thinks before it answers) in the
   * console transcript. Off by default; visitors never see it.
   */
  showReasoningToTeam: z.boolean().default(false),
  /** See `modelStatusSchema`; null until a provider refuses something. */
  modelStatus: modelStatusSchema.nullable().default(null),
});
export type BotSettings = z.infer<typeof botSettingsSchema>;

/** What a bot gets for every setting its document leaves out. */
export const defaultBotSettings: BotSettings = {
  systemPrompt: '',
  model: null,
  temperature: null,
  maxOutputTokens: 800,
  allowedOrigins: [],
  notificationEmails: [],
  maxMessageLength: 2_000,
  limits: {
    visitorPerMinute: 8,
    visitorPerDay: 200,
    ipPerMinute: 30,
    ipPerDay: 1_000,
    botPerMinute: 600,
  },
  showReasoningToTeam: false,
  modelStatus: null,
};
