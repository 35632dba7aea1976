import type { NotificationKind } from '@frontdesk/contract';
import { escapeHtml } from '../mail/escapeHtml.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import { mailText } from '../mail/strings/mailStrings.ts';

/** Flattened to one line and capped, so a user value can never add a mail header or flood a subject. */
const oneLine = (value: string, max = 120) => value.replace(/\s+/g, ' ').trim().slice(0, max);

/**
 * A notification mail to one team member: what happened, the latest words or the booked time, a link straight to
 * the conversation (or bookings) in the console, and a signed one-click unsubscribe link, also as RFC 8058
 * `List-Unsubscribe` headers so mail clients offer it. Every user value is escaped in HTML and one line in the
 * subject.
 */
export function buildNotificationMail(input: {
  to: string;
  language: 'en' | 'de';
  kind: NotificationKind;
  botName: string;
  businessName: string;
  /** The booked time, formatted, for booking kinds. */
  when?: string;
  preview?: string;
  pageUrl?: string;
  consoleUrl: string;
  unsubscribeUrl: string;
  groupMinutes: number;
}): OutgoingMail {
  const { language } = input;
  const params = {
    bot: oneLine(input.botName),
    when: oneLine(input.when ?? ''),
    business: oneLine(input.businessName),
  };
  const lines: string[] = [mailText(language, `notification.${input.kind}.intro`, params)];
  if (input.preview) lines.push(mailText(language, 'notification.latest', { preview: oneLine(input.preview, 300) }));
  if (input.pageUrl) lines.push(mailText(language, 'notification.page', { page: oneLine(input.pageUrl, 500) }));
  const grouped = input.kind === 'handoffRequested' || input.kind === 'conversationCreated';
  const groupedLine = grouped ? mailText(language, 'notification.grouped', { minutes: input.groupMinutes }) : null;
  const open = mailText(language, 'notification.open');
  const unsubscribe = mailText(language, 'notification.unsubscribe', params);
  const footer = mailText(language, 'common.footer', params);
  const text = [
    ...lines,
    '',
    `${open}: ${input.consoleUrl}`,
    ...(groupedLine ? ['', groupedLine] : []),
    '',
    `${unsubscribe}: ${input.unsubscribeUrl}`,
    footer,
  ].join('\n');
  const html = [
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(input.consoleUrl)}">${escapeHtml(open)}</a></p>`,
    ...(groupedLine ? [`<p>${escapeHtml(groupedLine)}</p>`] : []),
    `<p style="color:#666;font-size:12px"><a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(unsubscribe)}</a><br>${escapeHtml(footer)}</p>`,
  ].join('');
  return {
    to: [input.to],
    message: {
      subject: oneLine(mailText(language, `notification.${input.kind}.subject`, params), 200),
      text,
      html,
      attachments: [],
      headers: {
        'List-Unsubscribe': `<${input.unsubscribeUrl}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    },
  };
}
