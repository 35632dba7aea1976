import type { MailLanguage } from './strings/mailStrings.ts';

/** "Tuesday, 2 June 2026 at 10:00 (Europe/Berlin)": the business's wall time, with its zone named. */
export function formatWhen(start: number, timezone: string, language: MailLanguage = 'en'): string {
  const when = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    timeZone: timezone,
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(start);
  return `${when} (${timezone})`;
}
