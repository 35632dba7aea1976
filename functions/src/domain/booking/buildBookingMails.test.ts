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
  language: 'en',
  serviceName: 'Check-up',
  start: Date.parse('2026-06-02T08:00:00Z'),
  end: Date.parse('2026-06-02T08:30:00Z'),
  visitor: { name: 'Ada <b>Lovelace</b>', email: 'ada@example.com', phone: null, notes: '<script>alert(1)</script>' },
  teamEmails: ['desk@example.com'],
  from: 'Demo Dental <bookings@example.com>',
  visitorLinks: {
    cancel: 'https://example.web.app/cancel?b=demo&id=booking-1&t=secret',
    reschedule: 'https://example.web.app/reschedule?b=demo&id=booking-1&t=secret',
  },
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
    expect(visitor?.message.text).toContain(facts.visitorLinks?.cancel);
    expect(visitor?.message.text).toContain(facts.visitorLinks?.reschedule);
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
    const [visitor] = buildBookingMails({ ...facts, sequence: 1, visitorLinks: null }, 'cancelled', {
      inCalendar: true,
      notifyTeam: true,
    });
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
      const [visitor, team] = buildBookingMails({ ...facts, visitor: written, sequence: 1 }, change, {
        inCalendar: true,
        notifyTeam: true,
      });
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

  it('moves the event: same UID, the next SEQUENCE, METHOD:REQUEST, to both sides', () => {
    const mails = buildBookingMails({ ...facts, sequence: 2 }, 'rescheduled', { inCalendar: true, notifyTeam: true });
    expect(mails).toHaveLength(2);
    expect(mails[0]?.message.subject).toMatch(/^Moved: your appointment with Demo Dental/);
    expect(parseInvite(mails[0]?.message.attachments[0]?.content as string)).toMatchObject({
      method: 'REQUEST',
      uid: 'booking-1@frontdesk',
      sequence: 2,
    });
  });

  it('says a request is not confirmed, sends no invitation yet and gives the team signed links', () => {
    const decision = {
      confirm: 'https://x.example/decide?d=confirm',
      decline: 'https://x.example/decide?d=decline',
      expiresAt: facts.start,
    };
    const [visitor, team] = buildBookingMails({ ...facts, decision }, 'requested', {
      inCalendar: false,
      notifyTeam: true,
    });
    expect(visitor?.message.text).toContain('not confirmed yet');
    expect(visitor?.message.attachments).toEqual([]);
    expect(team?.message.subject).toMatch(/^New booking request/);
    expect(team?.message.text).toContain(decision.confirm);
    expect(team?.message.text).toContain(decision.decline);
  });

  it('reminds the visitor only, with both links and without an invitation', () => {
    const mails = buildBookingMails(facts, 'reminder', { inCalendar: true, notifyTeam: true });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.message.subject).toMatch(/^Reminder:/);
    expect(mails[0]?.message.text).toContain(facts.visitorLinks?.reschedule);
    expect(mails[0]?.message.attachments).toEqual([]);
  });

  it('writes in German for a German bot, dates included', () => {
    const [visitor, team] = buildBookingMails({ ...facts, language: 'de' }, 'confirmed');
    expect(visitor?.message.subject).toBe(
      'Ihr Termin bei Demo Dental: Dienstag, 2. Juni 2026 um 10:00 (Europe/Berlin)',
    );
    expect(visitor?.message.text).toContain('Hallo Ada');
    expect(team?.message.subject).toMatch(/^Neue Buchung:/);
  });
});
