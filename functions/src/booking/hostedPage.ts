import { HttpsError, onRequest, type Request } from 'firebase-functions/v2/https';
import { escapeHtml } from '../domain/mail/escapeHtml.ts';
import { type MailLanguage, type MailTextKey, mailLanguageOf, mailText } from '../domain/mail/strings/mailStrings.ts';
import { type BookingContext, loadBookingContext } from './loadBookingContext.ts';
import { type CancelLink, parseCancelLink } from './parseCancelLink.ts';

type Response = Parameters<Parameters<typeof onRequest>[0]>[1];

/**
 * The hosted booking pages (`/cancel`, `/reschedule`, `/decide`): plain HTML forms without script or style,
 * under a CSP that allows nothing but posting the form back, never cached.
 */
export function startPage(response: Response): void {
  response.set('cache-control', 'no-store').set('content-security-policy', "default-src 'none'; form-action 'self'");
}

/** A page before the bot is known: in the browser's language when it prefers German. */
export function browserLanguage(request: Request): MailLanguage {
  return /^de\b/i.test(request.headers['accept-language'] ?? '') ? 'de' : 'en';
}

export function page(language: MailLanguage, title: string, bodyHtml: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${bodyHtml}</main></body></html>`;
}

/** A page of a title and one paragraph, both strings of the table. */
export function textPage(language: MailLanguage, title: MailTextKey, text: string): string {
  return page(language, mailText(language, title), `<p>${escapeHtml(text)}</p>`);
}

export function hiddenFields(fields: Record<string, string>): string {
  return Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
}

/**
 * The link of a page request (the form posts its fields; a GET carries them in the address), or null once a
 * 405 or 400 page has been sent: anyone can call these pages with anything, and nothing gets a 500.
 */
export function readPageLink(
  request: Request,
  response: Response,
): { link: CancelLink; fields: Record<string, unknown> } | null {
  const language = browserLanguage(request);
  if (request.method !== 'GET' && request.method !== 'POST') {
    response
      .status(405)
      .set('allow', 'GET, POST')
      .send(textPage(language, 'page.onlyLinks.title', mailText(language, 'page.onlyLinks.text')));
    return null;
  }
  const fields = (request.method === 'POST' ? request.body : request.query) as Record<string, unknown>;
  const parsed = parseCancelLink(fields);
  if (parsed.kind === 'incomplete') {
    response.status(400).send(textPage(language, 'page.incomplete.title', mailText(language, 'page.incomplete.text')));
    return null;
  }
  if (parsed.kind === 'invalid') {
    response.status(400).send(textPage(language, 'page.invalid.title', mailText(language, 'page.invalid.text')));
    return null;
  }
  return { link: parsed.link, fields: typeof fields === 'object' && fields !== null ? fields : {} };
}

/** What a booking link's page works with once its link is read and its bot's booking context loaded. */
export interface BookingLinkVisit {
  request: Request;
  response: Response;
  link: CancelLink;
  fields: Record<string, unknown>;
  context: BookingContext;
  language: MailLanguage;
}

/**
 * A page behind a booking link (`/cancel`, `/reschedule`, `/decide`): the page's headers, the link read (a
 * malformed one gets its 400 page), the bot's booking context loaded and its language chosen; then `answer`.
 * A refusal becomes a 400 page with its message under `failedTitle`, anything else a 500 page that tells nothing
 * of the inside.
 */
export function bookingLinkPage(failedTitle: MailTextKey, answer: (visit: BookingLinkVisit) => Promise<void>) {
  return onRequest({ maxInstances: 10 }, async (request, response) => {
    startPage(response);
    const read = readPageLink(request, response);
    if (!read) return;
    let language: MailLanguage = 'en';
    try {
      const context = await loadBookingContext(read.link.botId, { existing: true });
      language = mailLanguageOf(context.bot.appearance.locale);
      await answer({ request, response, ...read, context, language });
    } catch (error) {
      const known = error instanceof HttpsError;
      response
        .status(known ? 400 : 500)
        .send(textPage(language, failedTitle, known ? error.message : mailText(language, 'page.error')));
    }
  });
}
