import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { loadBotContext } from '../bots/loadBotContext.ts';
import { escapeHtml } from '../domain/mail/escapeHtml.ts';
import { releaseBooking } from './releaseBooking.ts';

/**
 * The page behind the visitor's cancel link (`/cancel` on the hosted site). GET asks for confirmation, so
 * that link scanners and previews never cancel anything; POST cancels.
 */
export const cancelBookingPage = onRequest({ maxInstances: 10 }, async (request, response) => {
  const params = { ...(request.query as Record<string, string>), ...((request.body ?? {}) as Record<string, string>) };
  const { bot: botId = '', booking: bookingId = '', token = '' } = params;
  response.set('cache-control', 'no-store').set('content-security-policy', "default-src 'none'; form-action 'self'");
  if (!botId || !bookingId || !token) {
    response
      .status(400)
      .send(page('This link is incomplete', 'Please open the whole link from your confirmation mail.'));
    return;
  }
  if (request.method === 'GET') {
    const form = ['bot', 'booking', 'token']
      .map((name) => `<input type="hidden" name="${name}" value="${escapeHtml(params[name] ?? '')}">`)
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
    const { bot, settings } = await loadBotContext(botId, { allowInactive: true });
    await releaseBooking({
      botId,
      bookingId,
      authority: { by: 'visitor', token, now: Date.now() },
      businessName: bot.appearance.title,
      timezone: bot.timezone ?? 'UTC',
      teamEmails: settings.notificationEmails,
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
