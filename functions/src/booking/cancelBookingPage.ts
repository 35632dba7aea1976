import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { loadBotContext } from '../bots/loadBotContext.ts';
import { teamNotificationRecipients } from '../domain/booking/notificationAddresses.ts';
import { escapeHtml } from '../domain/mail/escapeHtml.ts';
import { parseCancelLink } from './parseCancelLink.ts';
import { releaseBooking } from './releaseBooking.ts';

/**
 * The page behind the visitor's cancel link (`/cancel` on the hosted site). GET asks for confirmation, so
 * that link scanners and previews never cancel anything; POST cancels. Anyone can call it with anything:
 * whatever arrives gets a page, 400 for a link that is incomplete, malformed or unknown.
 */
export const cancelBookingPage = onRequest({ maxInstances: 10 }, async (request, response) => {
  response.set('cache-control', 'no-store').set('content-security-policy', "default-src 'none'; form-action 'self'");
  if (request.method !== 'GET' && request.method !== 'POST') {
    response
      .status(405)
      .set('allow', 'GET, POST')
      .send(page('This page only opens links', 'Open the link from your confirmation mail.'));
    return;
  }
  // The form posts its fields; a GET carries them in the address.
  const parsed = parseCancelLink(request.method === 'POST' ? request.body : request.query);
  if (parsed.kind === 'incomplete') {
    response
      .status(400)
      .send(page('This link is incomplete', 'Please open the whole link from your confirmation mail.'));
    return;
  }
  if (parsed.kind === 'invalid') {
    response
      .status(400)
      .send(page('This link is not valid', 'Please open the link exactly as it is in your confirmation mail.'));
    return;
  }
  const { botId, bookingId, token } = parsed.link;
  if (request.method === 'GET') {
    const fields = { bot: botId, booking: bookingId, token };
    const form = Object.entries(fields)
      .map(([name, value]) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`)
      .join('');
    response.send(
      page(
        'Cancel your appointment?',
        `<form method="post">${form}<button type="submit">Yes, cancel the appointment</button></form>`,
        true,
      ),
    );
    return;
  }
  try {
    const { bot, settings, tenant } = await loadBotContext(botId, { allowInactive: true });
    await releaseBooking({
      botId,
      bookingId,
      authority: { by: 'visitor', token, now: Date.now() },
      businessName: bot.appearance.title,
      timezone: bot.timezone ?? 'UTC',
      teamEmails: teamNotificationRecipients(settings.notificationEmails, tenant.memberEmails),
    });
    response.send(page('Your appointment is cancelled', 'You will receive a confirmation by mail.'));
  } catch (error) {
    const message = error instanceof HttpsError ? error.message : 'Something went wrong. Please try again later.';
    response
      .status(error instanceof HttpsError ? 400 : 500)
      .send(page('The appointment was not cancelled', escapeHtml(message)));
  }
});

function page(title: string, body: string, bodyIsHtml = false): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${bodyIsHtml ? body : `<p>${body}</p>`}</main></body></html>`;
}
