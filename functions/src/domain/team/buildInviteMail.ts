import type { MemberRole } from '@frontdesk/contract';
import { escapeHtml } from '../mail/escapeHtml.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';

const roleWords: Record<MemberRole, string> = {
  owner: 'an owner (everything, including the team)',
  admin: 'an admin (bots, settings, conversations, bookings, data)',
  agent: 'an agent (conversations and bookings)',
};

/**
 * The invitation mail. The tenant's name is the only user value: escaped in HTML, and flattened to one line
 * in the subject so it can never add a header.
 */
export function buildInviteMail(input: {
  email: string;
  tenantName: string;
  role: MemberRole;
  consoleUrl: string;
}): OutgoingMail {
  const name = input.tenantName.replace(/[\r\n]+/g, ' ').trim();
  const text = [
    `You are invited to join ${name} on Frontdesk as ${roleWords[input.role]}.`,
    '',
    `Open ${input.consoleUrl} and sign in with this email address (${input.email}); you join the team at once.`,
  ].join('\n');
  const html = `<p>You are invited to join <strong>${escapeHtml(name)}</strong> on Frontdesk as ${escapeHtml(roleWords[input.role])}.</p><p><a href="${escapeHtml(input.consoleUrl)}">Open the console</a> and sign in with this email address (${escapeHtml(input.email)}); you join the team at once.</p>`;
  return {
    to: [input.email],
    message: { subject: `Join ${name} on Frontdesk`, text, html, attachments: [] },
  };
}
