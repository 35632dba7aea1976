import { csvField } from '@frontdesk/contract';
import type { BookingRow } from './bookingRows.ts';

/**
 * Bookings as CSV (RFC 4180, CRLF), with status, service and outcome, times in UTC ISO 8601 plus the
 * business's zone for reading.
 */
export function bookingsCsv(rows: BookingRow[], timezone: string): string {
  const local = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const header = [
    'id',
    'status',
    'service',
    'outcome',
    'start_utc',
    'end_utc',
    `start_local (${timezone})`,
    'duration_minutes',
    'name',
    'email',
    'phone',
    'notes',
  ];
  const lines = rows.map((row) =>
    [
      row.id,
      row.status,
      row.serviceName,
      row.outcome ?? '',
      row.start.toISOString(),
      row.end.toISOString(),
      local.format(row.start).replace(',', ''),
      String(row.durationMinutes),
      row.name,
      row.email,
      row.phone ?? '',
      row.notes ?? '',
    ].map(csvField),
  );
  return `${[header.map(csvField), ...lines].map((fields) => fields.join(',')).join('\r\n')}\r\n`;
}
