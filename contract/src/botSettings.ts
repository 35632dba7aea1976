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
};
