import type { Booking } from '@frontdesk/contract';
import { toDate } from './toDate.ts';

/** A booking with its times as Dates, as the lists and exports use it. */
export interface BookingRow {
  id: string;
  status: Booking['status'];
  /** Empty for a bot's default service. */
  serviceName: string;
  outcome: 'attended' | 'no_show' | null;
  start: Date;
  end: Date;
  durationMinutes: number;
  name: string;
  email: string;
  phone: string | null;
  notes: string | null;
  sequence: number;
  cancelledBy: Booking['cancelledBy'];
  createdAt: Date | undefined;
}

export function toBookingRow(booking: Booking & { id: string }): BookingRow | undefined {
  const start = toDate(booking.start);
  const end = toDate(booking.end);
  if (!start || !end) return undefined;
  return {
    id: booking.id,
    status: booking.status,
    serviceName: booking.serviceName ?? '',
    outcome: booking.outcome ?? null,
    start,
    end,
    durationMinutes: booking.durationMinutes,
    name: booking.name,
    email: booking.email,
    phone: booking.phone ?? null,
    notes: booking.notes ?? null,
    sequence: booking.sequence ?? 0,
    cancelledBy: booking.cancelledBy ?? null,
    createdAt: toDate(booking.createdAt),
  };
}

/** Whether a booking still holds its time (a request or a confirmed one). */
export const holdsTime = (row: BookingRow) => row.status === 'confirmed' || row.status === 'requested';

/**
 * Upcoming: requested or confirmed and not yet over, soonest first. Past: the rest, most recent first.
 */
export function splitBookings(rows: BookingRow[], now: Date): { upcoming: BookingRow[]; past: BookingRow[] } {
  const upcoming = rows
    .filter((row) => holdsTime(row) && row.end > now)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  const past = rows
    .filter((row) => !(holdsTime(row) && row.end > now))
    .sort((a, b) => b.start.getTime() - a.start.getTime());
  return { upcoming, past };
}
