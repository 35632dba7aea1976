import { HttpsError, onRequest } from 'firebase-functions/v2/https';
import { mailText } from '../domain/mail/strings/mailStrings.ts';
import { bookingMailSetup } from './bookingMailFacts.ts';
import { hiddenFields, page, readPageLink, startPage, textPage } from './hostedPage.ts';
import { loadBookingContext } from './loadBookingContext.ts';
import { releaseBooking } from './releaseBooking.ts';

/**
 * The page behind the visitor's cancel link (`/cancel` on the hosted site), in the bot's language. GET asks
 * for confirmation, so that link scanners and previews never cancel anything; POST cancels. Anyone can call
 * it with anything: whatever arrives gets a page, 400 for a link that is incomplete, malformed or unknown.
 */
export const cancelBookingPage = onRequest({ maxInstances: 10 }, async (request, response) => {
  startPage(response);
  const read = readPageLink(request, response);
  if (!read) return;
  const { botId, bookingId, token } = read.link;
  let language: 'en' | 'de' = 'en';
  try {
    const context = await loadBookingContext(botId, { existing: true });
    const setup = bookingMailSetup(context);
    language = setup.language;
    if (request.method === 'GET') {
      const form = `<form method="post">${hiddenFields({ bot: botId, booking: bookingId, token })}<button type="submit">${mailText(language, 'cancelPage.button')}</button></form>`;
      response.send(page(language, mailText(language, 'cancelPage.question'), form));
      return;
    }
    await releaseBooking({
      botId,
      bookingId,
      release: { kind: 'cancelled', authority: { by: 'visitor', token, now: Date.now() } },
      setup,
    });
    response.send(textPage(language, 'cancelPage.done.title', mailText(language, 'cancelPage.done.text')));
  } catch (error) {
    const known = error instanceof HttpsError;
    response
      .status(known ? 400 : 500)
      .send(textPage(language, 'cancelPage.failed.title', known ? error.message : mailText(language, 'page.error')));
  }
});
