import { escapeHtml } from '../mail/escapeHtml.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import { mailText } from '../mail/strings/mailStrings.ts';

const oneLine = (value: string, max = 120) => value.replace(/\s+/g, ' ').trim().slice(0, max);

/**
 * The team's reply mailed to a visitor who left the site and their address (with consent): the reply's text as
 * plain text (escaped in HTML, never rendered as markup), and a signed link that opens the conversation on the
 * business's site again.
 */
export function buildFollowUpMail(input: {
  to: string;
  language: 'en' | 'de';
  businessName: string;
  reply: string;
  /** The page with the widget and the signed resume fragment; null when the site's page is not known. */
  resumeUrl: string | null;
  site: string;
}): OutgoingMail {
  const { language } = input;
  const business = oneLine(input.businessName);
  const intro = mailText(language, 'followUp.intro', { business });
  const open = mailText(language, 'followUp.open');
  const why = mailText(language, 'followUp.why', { site: oneLine(input.site, 200) });
  const text = [intro, '', input.reply, '', ...(input.resumeUrl ? [`${open}: ${input.resumeUrl}`, ''] : []), why].join(
    '\n',
  );
  const quoted = escapeHtml(input.reply).replace(/\n/g, '<br>');
  const html = [
    `<p>${escapeHtml(intro)}</p>`,
    `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px">${quoted}</blockquote>`,
    ...(input.resumeUrl ? [`<p><a href="${escapeHtml(input.resumeUrl)}">${escapeHtml(open)}</a></p>`] : []),
    `<p style="color:#666;font-size:12px">${escapeHtml(why)}</p>`,
  ].join('');
  return {
    to: [input.to],
    message: {
      subject: oneLine(mailText(language, 'followUp.subject', { business }), 200),
      text,
      html,
      attachments: [],
    },
  };
}
