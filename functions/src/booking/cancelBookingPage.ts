import { mailText } from '../domain/mail/strings/mailStrings.ts';
import { bookingMailSetup } from './bookingMailFacts.ts';
import { bookingLinkPage, hiddenFields, page, textPage } from './hostedPage.ts';
import { releaseBooking } from './releaseBooking.ts';

/**
 * The page behind the visitor's cancel link (`/cancel` on the hosted site), in the bot's language. GET asks
 * for confirmation, so that link scanners and previews never cancel anything; POST cancels. Anyone can call
 * it with anything: whatever arrives gets a page, 400 for a link that is incomplete, malformed or unknown.
 */
export const cancelBookingPage = bookingLinkPage(
  'cancelPage.failed.title',
  async ({ request, response, link, context, language }) => {
    const { botId, bookingId, token } = link;
    if (request.method === 'GET') {
      const form = `<form method="post">${hiddenFields({ bot: botId, booking: bookingId, token })}<button type="submit">${mailText(language, 'cancelPage.button')}</button></form>`;
      response.send(page(language, mailText(language, 'cancelPage.question'), form));
      return;
    }
    await releaseBooking({
      botId,
      bookingId,
      release: { kind: 'cancelled', authority: { by: 'visitor', token, now: Date.now() } },
      setup: bookingMailSetup(context),
    });
    response.send(textPage(language, 'cancelPage.done.title', mailText(language, 'cancelPage.done.text')));
  },
);
