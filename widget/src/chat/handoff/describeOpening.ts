import type { Locale, RequestHandoffResponse } from '@frontdesk/contract';
import { handoffStrings } from './handoffStrings.ts';

/**
 * What the visitor is told after asking for a person, by the business's opening hours: answered shortly, or
 * "closed now; the team answers from 8:00" (a weekday is named when the opening is not today), in the visitor's
 * own time zone.
 */
export function describeOpening(answer: RequestHandoffResponse, locale: Locale, now = Date.now()): string {
  const t = handoffStrings[locale];
  if (answer.openNow) return t.openNow;
  if (!answer.opensAt) return t.closed;
  const opens = new Date(answer.opensAt);
  const sameDay = new Date(now).toDateString() === opens.toDateString();
  const when = new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { weekday: 'long' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(opens);
  return t.closedUntil(when);
}
