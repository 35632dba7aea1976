import { type BotSettings, botSettingsSchema, defaultBotSettings, rateLimitsSchema } from '@frontdesk/contract';

/**
 * The settings a bot runs with: each stored field that is valid, the default for each one that is
 * missing or invalid, so an old or hand-edited document never breaks a conversation.
 */
export function resolveBotSettings(stored: unknown): BotSettings {
  const raw = (stored ?? {}) as Record<string, unknown>;
  const pick = <K extends keyof BotSettings>(key: K): BotSettings[K] => {
    const parsed = botSettingsSchema.shape[key].safeParse(raw[key]);
    return parsed.success ? (parsed.data as BotSettings[K]) : defaultBotSettings[key];
  };
  const rawLimits = (raw.limits ?? {}) as Record<string, unknown>;
  const limits = Object.fromEntries(
    Object.entries(defaultBotSettings.limits).map(([key, fallback]) => {
      const parsed = rateLimitsSchema.shape[key as keyof BotSettings['limits']].safeParse(rawLimits[key]);
      return [key, parsed.success ? parsed.data : fallback];
    }),
  ) as BotSettings['limits'];
  return {
    systemPrompt: pick('systemPrompt'),
    model: pick('model'),
    temperature: pick('temperature'),
    maxOutputTokens: pick('maxOutputTokens'),
    allowedOrigins: pick('allowedOrigins'),
    notificationEmails: pick('notificationEmails'),
    maxMessageLength: pick('maxMessageLength'),
    limits,
  };
}
