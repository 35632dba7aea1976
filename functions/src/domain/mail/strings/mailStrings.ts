import { de } from './de.ts';
import { en, type MailStringKey } from './en.ts';

const tables = { en, de } as const;

/** The language of a bot's mails and pages: the bot's, else the tenant's, else English. */
export function mailLanguage(...candidates: (string | null | undefined)[]): 'en' | 'de' {
  const found = candidates.find((candidate) => candidate === 'en' || candidate === 'de');
  return (found as 'en' | 'de' | undefined) ?? 'en';
}

/** One text of the table in `language`, its `{name}` placeholders filled (unknown ones stay as written). */
export function mailText(
  language: 'en' | 'de',
  key: MailStringKey,
  params: Record<string, string | number> = {},
): string {
  return tables[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
