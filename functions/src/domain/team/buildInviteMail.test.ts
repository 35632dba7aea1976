import { describe, expect, it } from 'vitest';
import { buildInviteMail } from './buildInviteMail.ts';

describe('buildInviteMail', () => {
  const mail = buildInviteMail({
    email: 'sam@example.com',
    tenantName: 'Bakery <script>alert(1)</script>\r\nBcc: all@evil.test',
    role: 'agent',
    consoleUrl: 'https://frontdesk.example.com/',
  });

  it('is addressed to the invitee and names the team, the role and the console', () => {
    expect(mail.to).toEqual(['sam@example.com']);
    expect(mail.message.text).toContain('as an agent (conversations and bookings)');
    expect(mail.message.text).toContain('Open https://frontdesk.example.com/ and sign in with this email address');
  });

  it('keeps the team name on one line in the subject and inert in the HTML', () => {
    expect(mail.message.subject).toBe('Join Bakery <script>alert(1)</script> Bcc: all@evil.test on Frontdesk');
    expect(mail.message.subject).not.toMatch(/[\r\n]/);
    expect(mail.message.html).not.toContain('<script>');
    expect(mail.message.html).toContain('Bakery &#60;script&#62;alert(1)&#60;/script&#62;');
  });
});

describe('buildInviteMail in German', () => {
  it('says everything from the German table', () => {
    const mail = buildInviteMail({
      email: 'sam@example.com',
      tenantName: 'Bäckerei',
      role: 'admin',
      consoleUrl: 'https://frontdesk.example.com/',
      language: 'de',
    });
    expect(mail.message.subject).toBe('Treten Sie Bäckerei auf Frontdesk bei');
    expect(mail.message.text).toContain('als Admin (Bots, Einstellungen, Gespräche, Buchungen, Daten)');
  });
});
