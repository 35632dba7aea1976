import type { BookingRow } from './bookingRows.ts';

/** `20260602T080000Z`: iCalendar UTC form. */
function icsInstant(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Escapes TEXT values (RFC 5545 3.3.11). */
function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds lines longer than 75 octets (RFC 5545 3.1), never splitting a UTF-8 character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + charSize > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * Bookings as an iCalendar file to import into a calendar: times in UTC, and the same UID (`{id}@frontdesk`)
 * and SEQUENCE as the invitations mailed for each booking, so a calendar updates rather than duplicates.
 */
export function bookingsIcs(rows: BookingRow[], options: { calendarName: string; now: Date }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Frontdesk//Console//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(options.calendarName)}`,
  ];
  for (const row of rows) {
    const description = [row.email, row.phone, row.notes].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${row.id}@frontdesk`,
      `DTSTAMP:${icsInstant(options.now)}`,
      `DTSTART:${icsInstant(row.start)}`,
      `DTEND:${icsInstant(row.end)}`,
      `SEQUENCE:${row.sequence}`,
      `STATUS:${row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
      `SUMMARY:${icsText(`${options.calendarName}: ${row.name}`)}`,
      `DESCRIPTION:${icsText(description)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
