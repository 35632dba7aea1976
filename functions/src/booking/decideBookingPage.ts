import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { isBookingLinkToken } from '../domain/booking/bookingLinkToken.ts';
import { escapeHtml } from '../domain/mail/escapeHtml.ts';
import { type MailLanguage, mailLanguageOf, mailText } from '../domain/mail/strings/mailStrings.ts';
import { projectSecret } from '../lib/projectSecret.ts';
import { refuse } from '../lib/refuse.ts';
import { decideBookingRequest } from './decideBookingRequest.ts';
import { hiddenFields, page, readPageLink, startPage, textPage } from './hostedPage.ts';
import { loadBookingContext } from './loadBookingContext.ts';

/**
 * The page behind the confirm and decline links of a request's notification mail (`/decide`): the link is
 * signed for the team of that one booking. GET asks (link scanners change nothing), POST decides.
 */
export const decideBookingPage = onRequest({ maxInstances: 10 }, async (request, response) => {
  startPage(response);
  const read = readPageLink(request, response);
  if (!read) return;
  const { botId, bookingId, token } = read.link;
  let language: MailLanguage = 'en';
  try {
    const context = await loadBookingContext(botId, { existing: true });
    language = mailLanguageOf(context.bot.appearance.locale);
    const decision = read.fields.decision;
    const key = await projectSecret('bookingLinkKey');
    if (
      (decision !== 'confirm' && decision !== 'decline') ||
      !isBookingLinkToken(key, 'team', botId, bookingId, token)
    ) {
      throw refuse('permission-denied', 'booking_not_found', mailText(language, 'page.invalid.text'));
    }
    if (request.method === 'GET') {
      const [title, button] =
        decision === 'confirm'
          ? (['booking.decide.confirmTitle', 'booking.decide.confirmButton'] as const)
          : (['booking.decide.declineTitle', 'booking.decide.declineButton'] as const);
      const form = `<form method="post">${hiddenFields({ bot: botId, booking: bookingId, token, decision })}<button type="submit">${escapeHtml(mailText(language, button))}</button></form>`;
      response.send(page(language, mailText(language, title), form));
      return;
    }
    const status = await decideBookingRequest({ botId, bookingId, decision });
    response.send(
      textPage(
        language,
        status === 'confirmed' ? 'booking.decide.confirmedTitle' : 'booking.decide.declinedTitle',
        mailText(language, 'booking.decide.doneText'),
      ),
    );
  } catch (error) {
    const known = error instanceof HttpsError;
    response
      .status(known ? 400 : 500)
      .send(textPage(language, 'booking.decide.failedTitle', known ? error.message : mailText(language, 'page.error')));
  }
});
