import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  id: number;
  from: string;
  to: string[];
  receivedAt: string;
  /** The whole message as it arrived (RFC 5322), for tests to parse. */
  raw: string;
}

export interface MailCatcher {
  smtpUrl: string;
  webUrl: string;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps every message, with a small web page and JSON API to read them:
 * `npm start` points the functions at it, tests read `GET /messages` and clear with `POST /reset`.
 */
export async function startMailCatcher(options: {
  host: string;
  smtpPort: number;
  webPort: number;
}): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  let nextId = 1;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const parts: Buffer[] = [];
      stream.on('data', (part: Buffer) => parts.push(part));
      stream.on('end', () => {
        mails.push({
          id: nextId++,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          receivedAt: new Date().toISOString(),
          raw: Buffer.concat(parts).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(options.smtpPort, options.host, resolve));

  const web = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/reset') {
      mails.length = 0;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } else if (req.url === '/messages') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(mails));
    } else if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(mailListPage(mails));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => web.listen(options.webPort, options.host, resolve));
  const { port } = web.address() as AddressInfo;
  return {
    smtpUrl: `smtp://${options.host}:${options.smtpPort}`,
    webUrl: `http://${options.host}:${port}/`,
    close: async () => {
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
      web.closeAllConnections();
      await new Promise<void>((resolve) => web.close(() => resolve()));
    },
  };
}

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function mailListPage(mails: CaughtMail[]): string {
  const rows = [...mails]
    .reverse()
    .map((mail) => {
      const subject = /^Subject: (.*)$/m.exec(mail.raw)?.[1] ?? '(no subject)';
      return `<details><summary>${escapeHtml(mail.receivedAt)} — to ${escapeHtml(mail.to.join(', '))} — ${escapeHtml(subject)}</summary><pre>${escapeHtml(mail.raw)}</pre></details>`;
    })
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frontdesk mail catcher</title></head><body><h1>Mail sent by the local functions</h1>${rows || '<p>No mail yet.</p>'}</body></html>`;
}
