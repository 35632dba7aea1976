import { consoleLocale } from '../i18n/strings.ts';
import { toDate } from './toDate.ts';

const dateTime = new Intl.DateTimeFormat(consoleLocale, { dateStyle: 'medium', timeStyle: 'short' });
const timeOnly = new Intl.DateTimeFormat(consoleLocale, { timeStyle: 'short' });

/** "12 May 2026, 14:05", or just the time for today; '—' when there is no date yet (a pending server time). */
export function formatWhen(value: unknown, now = new Date()): string {
  const date = toDate(value);
  if (!date) return '—';
  return date.toDateString() === now.toDateString() ? timeOnly.format(date) : dateTime.format(date);
}

/** A date and time in a given IANA zone, for appointments (shown in the business's zone). */
export function formatInZone(value: unknown, timeZone: string): string {
  const date = toDate(value);
  if (!date) return '—';
  try {
    return new Intl.DateTimeFormat(consoleLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  } catch {
    return dateTime.format(date);
  }
}
