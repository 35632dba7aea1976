import { withLineFeeds } from './withLineFeeds.ts';

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. For the one property
 * `ics` writes unescaped, the calendar name; SUMMARY and DESCRIPTION are escaped by `ics` itself.
 */
export function escapeText(value: string): string {
  return withLineFeeds(value).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
}
