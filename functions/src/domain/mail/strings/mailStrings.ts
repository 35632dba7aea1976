import { de } from './de.ts';
import { en } from './en.ts';

export type MailLanguage = 'en' | 'de';
export type MailTextKey = keyof typeof en;

const tables: Record<MailLanguage, Record<MailTextKey, string>> = { en, de };

/**
 * A text of the mails and hosted pages in `language`, with each `{name}` replaced by `params.name` (plain
 * text: escaping for HTML is the caller's). A placeholder without a value stays as it is, so a missing
 * value shows in tests instead of vanishing.
 */
export function mailText(
  language: MailLanguage,
  key: MailTextKey,
  params: Record<string, string | number> = {},
): string {
  return tables[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** The language of a bot's mails and pages: the bot's, else its tenant's, else English. */
export function mailLanguageOf(botLanguage: string | undefined, tenantLanguage?: string): MailLanguage {
  const language = botLanguage ?? tenantLanguage;
  return language === 'de' ? 'de' : 'en';
}
