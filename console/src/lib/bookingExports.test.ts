import { describe, expect, it } from 'vitest';
import { type BookingRow, splitBookings } from './bookingRows.ts';
import { bookingsCsv } from './bookingsCsv.ts';
import { bookingsIcs } from './bookingsIcs.ts';

const row = (overrides: Partial<BookingRow>): BookingRow => ({
  id: 'b1',
  status: 'confirmed',
  serviceName: 'Check-up',
  outcome: null,
  start: new Date('2026-06-02T08:00:00Z'),
  end: new Date('2026-06-02T08:30:00Z'),
  durationMinutes: 30,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  phone: null,
  notes: null,
  sequence: 0,
  cancelledBy: null,
  createdAt: undefined,
  ...overrides,
});

const now = new Date('2026-06-01T12:00:00Z');

describe('splitBookings', () => {
  it('puts confirmed future bookings first, soonest first; the rest newest first', () => {
    const later = row({ id: 'later', start: new Date('2026-06-03T08:00:00Z'), end: new Date('2026-06-03T08:30:00Z') });
    const soon = row({ id: 'soon' });
    const cancelled = row({ id: 'cancelled', status: 'cancelled' });
    const requested = row({
      id: 'requested',
      status: 'requested',
      start: new Date('2026-06-02T09:00:00Z'),
      end: new Date('2026-06-02T09:30:00Z'),
    });
    const over = row({ id: 'over', start: new Date('2026-05-01T08:00:00Z'), end: new Date('2026-05-01T08:30:00Z') });
    const { upcoming, past } = splitBookings([later, over, cancelled, soon, requested], now);
    expect(upcoming.map((item) => item.id)).toEqual(['soon', 'requested', 'later']);
    expect(past.map((item) => item.id)).toEqual(['cancelled', 'over']);
  });
});

describe('bookingsCsv', () => {
  it('writes UTC and local times, quotes commas and quotes, and defuses formulas', () => {
    const csv = bookingsCsv([row({ name: 'Doe, "J"', notes: '=HYPERLINK("x")' })], 'Europe/Berlin');
    const [header, line] = csv.split('\r\n');
    expect(header).toBe(
      'id,status,service,outcome,start_utc,end_utc,start_local (Europe/Berlin),duration_minutes,name,email,phone,notes',
    );
    expect(line).toBe(
      'b1,confirmed,Check-up,,2026-06-02T08:00:00.000Z,2026-06-02T08:30:00.000Z,2026-06-02 10:00,30,"Doe, ""J""",ada@example.com,,"\'=HYPERLINK(""x"")"',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('bookingsIcs', () => {
  it('writes one VEVENT per booking in UTC with a stable UID, sequence and status', () => {
    const ics = bookingsIcs([row({ sequence: 2, phone: '+49 30 1234' }), row({ id: 'b2', status: 'cancelled' })], {
      calendarName: 'Demo Dental',
      now,
    });
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('UID:b1@frontdesk');
    expect(lines).toContain('DTSTART:20260602T080000Z');
    expect(lines).toContain('DTEND:20260602T083000Z');
    expect(lines).toContain('DTSTAMP:20260601T120000Z');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('UID:b2@frontdesk');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SUMMARY:Demo Dental: Ada Lovelace');
    expect(lines).toContain('DESCRIPTION:ada@example.com\\n+49 30 1234');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes text and folds long lines at 75 octets', () => {
    const ics = bookingsIcs([row({ name: `Semi;colon, comma ${'é'.repeat(60)}` })], { calendarName: 'X', now });
    const summary = ics.split('\r\n').filter((line) => line.startsWith('SUMMARY:') || line.startsWith(' '));
    for (const line of summary) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(summary.join('\r\n').replace(/\r\n /g, '')).toBe(`SUMMARY:X: Semi\\;colon\\, comma ${'é'.repeat(60)}`);
  });
});
