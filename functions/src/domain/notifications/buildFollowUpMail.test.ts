import { describe, expect, it } from 'vitest';
import { buildFollowUpMail } from './buildFollowUpMail.ts';
import { buildNotificationMail } from './buildNotificationMail.ts';

describe('buildFollowUpMail', () => {
  it('quotes the reply inertly and links back to the site, in German', () => {
    const mail = buildFollowUpMail({
      to: 'visitor@example.com',
      language: 'de',
      businessName: 'Praxis\r\nBcc: x@evil.test',
      reply: 'Gern! <img src=x onerror=alert(1)>',
      resumeUrl: 'https://shop.example/#frontdesk-resume=b.c.sig',
      site: 'shop.example',
    });
    expect(mail.message.subject).toBe('Eine Antwort von Praxis Bcc: x@evil.test');
    expect(mail.message.html).not.toContain('<img');
    expect(mail.message.text).toContain('Gespräch fortsetzen: https://shop.example/#frontdesk-resume=b.c.sig');
  });
});

describe('buildNotificationMail', () => {
  it('carries one-click unsubscribe headers (RFC 8058) and the console link', () => {
    const mail = buildNotificationMail({
      to: 'owner@example.com',
      language: 'en',
      kind: 'handoffRequested',
      botName: 'Bakery',
      businessName: 'Bakery',
      preview: 'Can I talk to someone?',
      consoleUrl: 'https://console.example/#/c',
      unsubscribeUrl: 'https://console.example/unsubscribe?s=x',
      groupMinutes: 5,
    });
    expect(mail.message.headers).toEqual({
      'List-Unsubscribe': '<https://console.example/unsubscribe?s=x>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail.message.subject).toBe('A visitor on Bakery is waiting for a person');
    expect(mail.message.text).toContain('Open in the console: https://console.example/#/c');
  });
});
