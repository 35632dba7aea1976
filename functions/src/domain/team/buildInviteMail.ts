import type { MemberRole } from '@frontdesk/contract';
import { escapeHtml } from '../mail/escapeHtml.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import { mailText } from '../mail/strings/mailStrings.ts';

/**
 * The invitation mail, in the inviter's language. The tenant's name is the only user value: escaped in HTML,
 * and flattened to one line in the subject so it can never add a header.
 */
export function buildInviteMail(input: {
  email: string;
  tenantName: string;
  role: MemberRole;
  consoleUrl: string;
  language?: 'en' | 'de';
}): OutgoingMail {
  const language = input.language ?? 'en';
  const tenant = input.tenantName.replace(/[\r\n]+/g, ' ').trim();
  const role = mailText(language, `invitation.role.${input.role}`);
  const intro = (name: string, roleText: string) =>
    mailText(language, 'invitation.intro', { tenant: name, role: roleText });
  const join = (consoleText: string, email: string) =>
    mailText(language, 'invitation.howToJoin', { console: consoleText, email });
  const text = [intro(tenant, role), '', join(input.consoleUrl, input.email)].join('\n');
  const link = `<a href="${escapeHtml(input.consoleUrl)}">${escapeHtml(mailText(language, 'invitation.console'))}</a>`;
  const html = `<p>${intro(`<strong>${escapeHtml(tenant)}</strong>`, escapeHtml(role))}</p><p>${join(link, escapeHtml(input.email))}</p>`;
  return {
    to: [input.email],
    message: { subject: mailText(language, 'invitation.subject', { tenant }), text, html, attachments: [] },
  };
}
