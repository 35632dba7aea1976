import type { Locale } from '@frontdesk/contract';

/** The visitor's IANA zone, as the browser reports it. */
export function visitorZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { timeZone: zone, ...options });
    cache.set(key, format);
  }
  return format;
}

/** `Tue 2 Jun` / `Di., 2. Juni` */
export function formatDay(instant: string, locale: Locale, zone: string): string {
  return formatter(locale, zone, { weekday: 'short', day: 'numeric', month: 'short' }).format(new Date(instant));
}

/** `14:30` */
export function formatTime(instant: string, locale: Locale, zone: string): string {
  return formatter(locale, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/** `Tuesday, 2 June 2026, 14:30–15:00` */
export function formatRange(start: string, end: string, locale: Locale, zone: string): string {
  const day = formatter(locale, zone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return `${day.format(new Date(start))}, ${formatTime(start, locale, zone)}–${formatTime(end, locale, zone)}`;
}

/** The calendar day of an instant in a zone, `2026-06-02`, for grouping slots by day. */
export function dayKey(instant: string, zone: string): string {
  return formatter('en', zone, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant))
    .filter((part) => part.type !== 'literal')
    .map((part) => part.value)
    .reverse()
    .join('-');
}

/** The end of a slot that starts at `start` and lasts `minutes`. */
export function addMinutes(start: string, minutes: number): string {
  return new Date(new Date(start).getTime() + minutes * 60_000).toISOString();
}
