import {
  type Appearance,
  appearanceSchema,
  type Bot,
  type BotSettings,
  botSettingsSchema,
  defaultBotSettings,
} from '@frontdesk/contract';
import { t } from '../i18n/strings.ts';
import { describeIssue, type IssueLike } from './describeIssue.ts';
import { toLines } from './lines.ts';

/** Form values of the bot editor: every field as typed text; '' means "not set, use the default". */
export interface AppearanceDraft {
  title: string;
  welcomeMessage: string;
  placeholder: string;
  launcherEmoji: string;
  logoUrl: string;
  accentColor: string;
  accentHoverColor: string;
  visitorBubbleColor: string;
  visitorTextColor: string;
  botBubbleColor: string;
  botTextColor: string;
  fontFamily: string;
  position: string;
  locale: string;
}

export interface BotDraft {
  name: string;
  timezone: string;
  appointmentsEnabled: boolean;
  appearance: AppearanceDraft;
}

export function botToDraft(bot: Bot): BotDraft {
  const a = bot.appearance;
  return {
    name: bot.name ?? a.title,
    timezone: bot.timezone ?? 'UTC',
    appointmentsEnabled: bot.appointmentsEnabled ?? false,
    appearance: {
      title: a.title,
      welcomeMessage: a.welcomeMessage,
      placeholder: a.placeholder,
      launcherEmoji: a.launcherEmoji,
      logoUrl: a.logoUrl ?? '',
      accentColor: a.accentColor,
      accentHoverColor: a.accentHoverColor ?? '',
      visitorBubbleColor: a.visitorBubbleColor ?? '',
      visitorTextColor: a.visitorTextColor ?? '',
      botBubbleColor: a.botBubbleColor ?? '',
      botTextColor: a.botTextColor ?? '',
      fontFamily: a.fontFamily ?? '',
      position: a.position ?? 'bottom-right',
      locale: a.locale ?? '',
    },
  };
}

/** The draft's appearance as the contract's shape: empty optional fields are left out. */
export function draftToAppearance(draft: AppearanceDraft): Partial<Appearance> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(draft)) {
    const trimmed = value.trim();
    const required = ['title', 'welcomeMessage', 'placeholder', 'launcherEmoji', 'accentColor'].includes(key);
    if (required || trimmed !== '') result[key] = trimmed;
  }
  return result as Partial<Appearance>;
}

export type FieldErrors = Record<string, string>;

/** Validates with the contract's schema; errors are keyed by the field's top-level name. */
export function validateAppearance(draft: AppearanceDraft): { value?: Appearance; errors: FieldErrors } {
  const parsed = appearanceSchema.safeParse(draftToAppearance(draft));
  if (parsed.success) return { value: parsed.data, errors: {} };
  return { errors: issuesByField(parsed.error.issues) };
}

/** Settings form values; numbers as typed text. */
export interface SettingsDraft {
  systemPrompt: string;
  model: string;
  temperature: string;
  maxOutputTokens: string;
  maxMessageLength: string;
  visitorPerMinute: string;
  visitorPerDay: string;
  ipPerMinute: string;
  ipPerDay: string;
  botPerMinute: string;
  allowedOrigins: string;
  notificationEmails: string;
  showReasoningToTeam: boolean;
}

export function settingsToDraft(stored: Partial<BotSettings> | null | undefined): SettingsDraft {
  const settings = { ...defaultBotSettings, ...stored, limits: { ...defaultBotSettings.limits, ...stored?.limits } };
  return {
    systemPrompt: settings.systemPrompt,
    model: settings.model ?? '',
    temperature: settings.temperature === null ? '' : String(settings.temperature),
    maxOutputTokens: String(settings.maxOutputTokens),
    maxMessageLength: String(settings.maxMessageLength),
    visitorPerMinute: String(settings.limits.visitorPerMinute),
    visitorPerDay: String(settings.limits.visitorPerDay),
    ipPerMinute: String(settings.limits.ipPerMinute),
    ipPerDay: String(settings.limits.ipPerDay),
    botPerMinute: String(settings.limits.botPerMinute),
    allowedOrigins: settings.allowedOrigins.join('\n'),
    notificationEmails: settings.notificationEmails.join('\n'),
    showReasoningToTeam: settings.showReasoningToTeam,
  };
}

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function validateSettings(draft: SettingsDraft): { value?: BotSettings; errors: FieldErrors } {
  const candidate = {
    systemPrompt: draft.systemPrompt,
    model: draft.model.trim() === '' ? null : draft.model.trim(),
    temperature: draft.temperature.trim() === '' ? null : Number(draft.temperature),
    maxOutputTokens: numberOrNaN(draft.maxOutputTokens),
    maxMessageLength: numberOrNaN(draft.maxMessageLength),
    limits: {
      visitorPerMinute: numberOrNaN(draft.visitorPerMinute),
      visitorPerDay: numberOrNaN(draft.visitorPerDay),
      ipPerMinute: numberOrNaN(draft.ipPerMinute),
      ipPerDay: numberOrNaN(draft.ipPerDay),
      botPerMinute: numberOrNaN(draft.botPerMinute),
    },
    allowedOrigins: toLines(draft.allowedOrigins),
    notificationEmails: toLines(draft.notificationEmails),
    showReasoningToTeam: draft.showReasoningToTeam,
  };
  const parsed = botSettingsSchema.safeParse(candidate);
  if (parsed.success) return { value: parsed.data, errors: {} };
  return { errors: issuesByField(parsed.error.issues) };
}

/** `limits.ipPerDay` → `ipPerDay`, `allowedOrigins.2` → `allowedOrigins` (with the offending entry named). */
function issuesByField(issues: (IssueLike & { path: PropertyKey[] })[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [head, second] = issue.path;
    const field = head === 'limits' ? String(second) : String(head);
    const problem = describeIssue(issue);
    const message = typeof second === 'number' ? t.validation.line(second + 1, problem) : problem;
    errors[field] ??= message;
  }
  return errors;
}
