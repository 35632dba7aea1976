import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type BookingEvent, buildBookingCalendar } from './buildBookingCalendar.ts';

const event: BookingEvent = {
  bookingId: 'booking-1',
  sequence: 2,
  status: 'confirmed',
  start: Date.parse('2026-06-02T08:00:00Z'),
  end: new Date('2026-06-02T08:30:00Z'),
  title: 'Appointment with Demo Dental',
  description: 'Ada with Demo Dental, 30 minutes.',
  organizer: { name: 'Demo Dental', email: 'bookings@example.com' },
  attendee: { name: 'Ada Lovelace', email: 'ada@example.com' },
};
const now = Date.parse('2026-06-01T12:00:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

/** The content lines of a file with its folds undone. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

describe('buildBookingCalendar', () => {
  it('writes an invitation in UTC with the stable UID, SEQUENCE and METHOD:REQUEST', () => {
    const ics = buildBookingCalendar([event], { method: 'REQUEST', now });
    const lines = unfolded(ics);
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('UID:booking-1@frontdesk');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('DTSTAMP:20260601T120000Z');
    expect(lines).toContain('DTSTART:20260602T080000Z');
    expect(lines).toContain('DTEND:20260602T083000Z');
    expect(lines).toContain('STATUS:CONFIRMED');
    const [parsed] = parse(ics).events;
    const start = parsed?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.zone?.tzid).toBe('UTC');
    expect(start.toJSDate().toISOString()).toBe('2026-06-02T08:00:00.000Z');
    expect(String(parsed?.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:bookings@example.com');
    expect(String(parsed?.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:ada@example.com');
  });

  it('cancels with the same UID and METHOD:CANCEL', () => {
    const ics = buildBookingCalendar([{ ...event, status: 'cancelled', sequence: 3 }], { method: 'CANCEL', now });
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(events[0]?.getFirstPropertyValue('uid')).toBe('booking-1@frontdesk');
    expect(events[0]?.getFirstPropertyValue('sequence')).toBe(3);
    expect(events[0]?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('keeps the UID of a booking whatever else changes, one per booking', () => {
    const first = buildBookingCalendar([event], { method: 'REQUEST', now });
    const moved = buildBookingCalendar([{ ...event, start: now, end: now + 1, title: 'Other' }], {
      method: 'PUBLISH',
      now: now + 60_000,
    });
    const uids = (ics: string) => parse(ics).events.map((item) => item.getFirstPropertyValue('uid'));
    expect(uids(moved)).toEqual(uids(first));
    expect(
      uids(buildBookingCalendar([event, { ...event, bookingId: 'booking-2' }], { method: 'PUBLISH', now })),
    ).toEqual(['booking-1@frontdesk', 'booking-2@frontdesk']);
  });

  it('writes many bookings into one named calendar to publish', () => {
    const ics = buildBookingCalendar([event, { ...event, bookingId: 'booking-2', status: 'cancelled' }], {
      method: 'PUBLISH',
      now,
      calendarName: 'Demo Dental, Berlin; Mitte',
    });
    const lines = unfolded(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('X-WR-CALNAME:Demo Dental\\, Berlin\\; Mitte');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('escapes CR, LF, CRLF, commas, semicolons and backslashes in text', () => {
    const description = 'one\rtwo\nthree\r\nfour, five; six \\ seven';
    const ics = buildBookingCalendar([{ ...event, title: 'A;B,C\rD', description }], { method: 'PUBLISH', now });
    const lines = unfolded(ics);
    expect(lines).toContain('SUMMARY:A\\;B\\,C\\nD');
    expect(lines).toContain('DESCRIPTION:one\\ntwo\\nthree\\nfour\\, five\\; six \\\\ seven');
    // No raw CR or LF outside the CRLF that ends each content line.
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [parsed] = parse(ics).events;
    expect(parsed?.getFirstPropertyValue('description')).toBe('one\ntwo\nthree\nfour, five; six \\ seven');
  });

  it('keeps line breaks and quotes out of names in parameters', () => {
    const ics = buildBookingCalendar(
      [{ ...event, attendee: { name: 'Eve\r\nX-INJECTED:1 "Q"', email: 'eve@example.com' } }],
      { method: 'REQUEST', now },
    );
    expect(unfolded(ics).some((line) => line.startsWith('X-INJECTED'))).toBe(false);
    expect(unfolded(ics).find((line) => line.startsWith('ATTENDEE'))).toContain(`CN="Eve X-INJECTED:1 'Q'"`);
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const title = `Semi;colon ${'é'.repeat(60)}`;
    const ics = buildBookingCalendar([{ ...event, title }], { method: 'PUBLISH', now });
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfolded(ics)).toContain(`SUMMARY:Semi\\;colon ${'é'.repeat(60)}`);
    expect(parse(ics).events[0]?.getFirstPropertyValue('summary')).toBe(title);
  });
});
