import {
  type Availability,
  type Bot,
  type BotSettings,
  defaultAvailability,
  defaultBotSettings,
  type Locale,
} from '@frontdesk/contract';

const texts: Record<
  Locale,
  { welcome: (name: string) => string; placeholder: string; prompt: (name: string) => string }
> = {
  en: {
    welcome: (name) => `Hi! Welcome to ${name}. How can I help you today?`,
    placeholder: 'Type your question…',
    prompt: (name) =>
      `You are the friendly front desk of ${name}. Answer visitors' questions briefly and kindly. If you do not know something, say so and suggest how to reach the team.`,
  },
  de: {
    welcome: (name) => `Hallo! Willkommen bei ${name}. Wie kann ich Ihnen helfen?`,
    placeholder: 'Ihre Frage…',
    prompt: (name) =>
      `Du bist der freundliche Empfang von ${name}. Beantworte die Fragen der Besucher kurz und freundlich, auf Deutsch in der Sie-Form. Wenn du etwas nicht weißt, sag es und nenne, wie man das Team erreicht.`,
  },
};

export const DEFAULT_ACCENT_COLOR = '#4f46e5';
export const DEFAULT_LAUNCHER_EMOJI = '💬';

/**
 * Everything a new bot starts with: a public document that works on a site at once (title, welcome message
 * and placeholder in the chosen language, emoji, accent colour), the default private settings with a short
 * starter prompt, and weekday opening hours (used only once appointments are switched on). The allowed origins
 * (the website, or none: every site) are in both documents, the public copy for the loader.
 */
export function newBotDocuments(input: {
  tenantId: string;
  name: string;
  timezone: string;
  locale: Locale;
  /** The business's website from onboarding, when given: the bot's first allowed origin. */
  website?: string | undefined;
}): {
  bot: Bot;
  settings: BotSettings;
  availability: Availability;
} {
  const text = texts[input.locale];
  const allowedOrigins = input.website ? [input.website] : [];
  return {
    bot: {
      tenantId: input.tenantId,
      name: input.name,
      active: true,
      suspended: false,
      timezone: input.timezone,
      appointmentsEnabled: false,
      appearance: {
        title: input.name.slice(0, 60),
        welcomeMessage: text.welcome(input.name),
        placeholder: text.placeholder,
        launcherEmoji: DEFAULT_LAUNCHER_EMOJI,
        accentColor: DEFAULT_ACCENT_COLOR,
        position: 'bottom-right',
        locale: input.locale,
      },
      allowedOrigins,
    },
    settings: { ...defaultBotSettings, systemPrompt: text.prompt(input.name), allowedOrigins },
    availability: defaultAvailability,
  };
}
