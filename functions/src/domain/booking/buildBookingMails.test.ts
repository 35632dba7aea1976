import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { assertHeaderSafe } from '../mail/assertHeaderSafe.ts';
import { escapeHtml } from '../mail/escapeHtml.ts';
import { type BookingMailFacts, buildBookingMails } from './buildBookingMails.ts';

const facts: BookingMailFacts = {
  bookingId: 'booking-1',
  sequence: 0,
  businessName: 'Demo Dental',
  timezone: 'Europe/Berlin',
  start: Date.parse('2026-06-02T08:00:00Z'),
  end: Date.parse('2026-06-02T08:30:00Z'),
  visitor: { name: 'Ada <b>Lovelace</b>', email: 'ada@example.com', phone: null, notes: '<script>alert(1)</script>' },
  teamEmails: ['desk@example.com'],
  from: 'Demo Dental <bookings@example.com>',
  cancelUrl: 'https://example.web.app/cancel?b=demo&id=booking-1&t=secret',
};

function parseInvite(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    startIsUtc: (event.getFirstPropertyValue('dtstart') as ICAL.Time).zone?.tzid === 'UTC',
    end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
  };
}

describe('buildBookingMails', () => {
  it('confirms to the visitor with an invitation and a cancel link, and notifies the team', () => {
    const [visitor, team] = buildBookingMails(facts, 'confirmed');
    expect(visitor?.to).toEqual(['ada@example.com']);
    expect(visitor?.message.subject).toBe(
      'Your appointment with Demo Dental: Tuesday, 2 June 2026 at 10:00 (Europe/Berlin)',
    );
    expect(visitor?.message.text).toContain(facts.cancelUrl);
    expect(team?.to).toEqual(['desk@example.com']);
    const invite = parseInvite(visitor?.message.attachments[0]?.content as string);
    expect(invite).toEqual({
      method: 'REQUEST',
      uid: 'booking-1@frontdesk',
      sequence: 0,
      start: '2026-06-02T08:00:00.000Z',
      startIsUtc: true,
      end: '2026-06-02T08:30:00.000Z',
    });
  });

  it('cancels with the same UID, a higher SEQUENCE and METHOD:CANCEL', () => {
    const [visitor] = buildBookingMails({ ...facts, sequence: 1, cancelUrl: null }, 'cancelled');
    expect(visitor?.message.attachments[0]?.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(parseInvite(visitor?.message.attachments[0]?.content as string)).toMatchObject({
      method: 'CANCEL',
      uid: 'booking-1@frontdesk',
      sequence: 1,
    });
  });

  it('escapes every user value in HTML', () => {
    const mails = buildBookingMails(facts, 'confirmed');
    for (const mail of mails) {
      expect(mail.message.html).not.toContain('<script>');
      expect(mail.message.html).not.toContain('<b>');
    }
    expect(mails[1]?.message.html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(escapeHtml(`"'&`)).toBe('&#34;&#39;&#38;');
  });

  it('refuses line breaks in anything that reaches a header', () => {
    expect(() =>
      buildBookingMails({ ...facts, visitor: { ...facts.visitor, name: 'Eve\r\nBcc: all@example.com' } }, 'confirmed'),
    ).toThrow('line break');
    expect(() => assertHeaderSafe('Dental\nX-Injected: 1')).toThrow();
  });

  it('names the bare sender address as the organizer', () => {
    const [visitor] = buildBookingMails(facts, 'confirmed');
    const calendar = new ICAL.Component(ICAL.parse(visitor?.message.attachments[0]?.content as string));
    const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:bookings@example.com');
  });

  it('tells the visitor nothing they wrote but their name: notes and phone go only to the team', () => {
    const written = { ...facts.visitor, phone: '+49 30 987654', notes: 'Claim your prize at https://phish.example' };
    for (const change of ['confirmed', 'cancelled'] as const) {
      const [visitor, team] = buildBookingMails({ ...facts, visitor: written, sequence: 1 }, change);
      const toVisitor = JSON.stringify(visitor);
      expect(toVisitor).toContain('Lovelace');
      expect(toVisitor).not.toContain('phish.example');
      expect(toVisitor).not.toContain('987654');
      expect(team?.message.text).toContain('https://phish.example');
      expect(team?.message.text).toContain('987654');
    }
  });

  it('sends no team mail without notification addresses', () => {
    expect(buildBookingMails({ ...facts, teamEmails: [] }, 'confirmed')).toHaveLength(1);
  });
});
