import { type BotSettings, botSettingsSchema, defaultBotSettings, rateLimitsSchema } from '@frontdesk/contract';
import { resolveWithDefaults } from './resolveWithDefaults.ts';

/** The settings a bot runs with: stored values where valid, defaults elsewhere. */
export function resolveBotSettings(stored: unknown): BotSettings {
  return resolveWithDefaults(botSettingsSchema.shape, defaultBotSettings, stored, { limits: rateLimitsSchema.shape });
}
