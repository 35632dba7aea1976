import { createTransport, type Transporter } from 'nodemailer';
import { mailFrom, smtpConnectionUri } from '../config.ts';
import type { SendMail } from './processMail.ts';

let transport: Transporter | null = null;

/** Sends through the SMTP server named by the SMTP_CONNECTION_URI secret. */
export const sendWithSmtp: SendMail = async (mail) => {
  transport ??= createTransport(smtpConnectionUri.value());
  const info = await transport.sendMail({
    from: mailFrom.value(),
    to: mail.to,
    subject: mail.message.subject,
    text: mail.message.text,
    html: mail.message.html,
    attachments: mail.message.attachments,
    headers: mail.message.headers,
  });
  return { messageId: info.messageId };
};
