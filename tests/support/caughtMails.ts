import { urls } from '../../dev/src/localConfig.ts';

export interface CaughtMailSummary {
  to: string[];
  subject: string;
  text: string;
  html: string;
  attachments: Array<{ filename: string; mimeType: string; content: string }>;
}

/** The mails the local SMTP catcher received, parsed as a mail client would. */
export async function caughtMails(): Promise<CaughtMailSummary[]> {
  const { default: PostalMime } = await import('postal-mime');
  const response = await fetch(`${process.env.MAIL_CATCHER_URL ?? urls.mailViewer}/messages`);
  const raw = (await response.json()) as Array<{ to: string[]; raw: string }>;
  return Promise.all(
    raw.map(async (mail) => {
      const parsed = await PostalMime.parse(mail.raw, { attachmentEncoding: 'utf8' });
      return {
        to: mail.to,
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: parsed.html ?? '',
        attachments: parsed.attachments.map((attachment) => ({
          filename: attachment.filename ?? '',
          mimeType: attachment.mimeType,
          content: String(attachment.content),
        })),
      };
    }),
  );
}
