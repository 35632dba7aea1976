import { type NotificationKind, notificationChoicesSchema, paths } from '@frontdesk/contract';
import { onRequest } from 'firebase-functions/v2/https';
import { linkSigningSecret } from '../config.ts';
import { verifyLink } from '../domain/links/signLink.ts';
import { escapeHtml } from '../domain/mail/escapeHtml.ts';
import { mailLanguageOf, mailText } from '../domain/mail/strings/mailStrings.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { syncNotifiedBots } from './syncNotifiedBots.ts';

const kinds = notificationChoicesSchema.keyof().options;

/**
 * `/unsubscribe?t&u&b&k&s`: the signed link of a notification mail. GET shows a confirmation page (link scanners
 * only GET, so they never unsubscribe anyone); POST unsubscribes, which is also what a mail client's one-click
 * button does (RFC 8058, `List-Unsubscribe=One-Click`). A bad or foreign signature gets a 400 page, never a 500.
 */
export const unsubscribePage = onRequest(
  { secrets: [linkSigningSecret], maxInstances: 5 },
  async (request, response) => {
    const query = request.query as Record<string, unknown>;
    const field = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');
    const [tenantId, uid, botId, kind, signature] = ['t', 'u', 'b', 'k', 's'].map(field) as string[];
    const bot = botId && /^[\w-]{1,128}$/.test(botId) ? (await refs.bot(botId).get()).data() : undefined;
    const language = mailLanguageOf(bot?.appearance.locale);
    const page = (status: number, body: string) => {
      response
        .status(status)
        .set('content-type', 'text/html; charset=utf-8')
        .set('cache-control', 'no-store')
        .set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
        .send(
          `<!doctype html><html lang="${language}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(mailText(language, 'unsubscribePage.title'))}</title><body style="font-family:system-ui;max-width:32rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`,
        );
    };
    const valid =
      tenantId &&
      uid &&
      botId &&
      (kinds as string[]).includes(kind ?? '') &&
      verifyLink(linkSigningSecret.value(), signature ?? '', 'unsubscribe', tenantId, uid, botId, kind as string);
    if (!valid || !bot || bot.tenantId !== tenantId) {
      page(400, `<p>${escapeHtml(mailText(language, 'unsubscribePage.invalid'))}</p>`);
      return;
    }
    const params = {
      kind: mailText(language, `unsubscribePage.kind.${kind as NotificationKind}`),
      bot: bot.name ?? bot.appearance.title,
    };
    if (request.method === 'POST') {
      await db
        .doc(`${paths.notificationPrefs(tenantId)}/${uid}`)
        .set({ tenantId, bots: { [botId]: { [kind as NotificationKind]: false } } }, { merge: true });
      await syncNotifiedBots(tenantId);
      page(200, `<p role="status">${escapeHtml(mailText(language, 'unsubscribePage.done', params))}</p>`);
      return;
    }
    if (request.method !== 'GET') {
      page(405, '');
      return;
    }
    page(
      200,
      `<form method="post"><p>${escapeHtml(mailText(language, 'unsubscribePage.confirm', params))}</p><button type="submit">${escapeHtml(mailText(language, 'unsubscribePage.button'))}</button></form>`,
    );
  },
);
