import { isBookingLinkToken } from '../domain/booking/bookingLinkToken.ts';
import { escapeHtml } from '../domain/mail/escapeHtml.ts';
import { mailText } from '../domain/mail/strings/mailStrings.ts';
import { projectSecret } from '../lib/projectSecret.ts';
import { refuse } from '../lib/refuse.ts';
import { decideBookingRequest } from './decideBookingRequest.ts';
import { bookingLinkPage, hiddenFields, page, textPage } from './hostedPage.ts';

/**
 * The page behind the confirm and decline links of a request's notification mail (`/decide`): the link is
 * signed for the team of that one booking. GET asks (link scanners change nothing), POST decides.
 */
export const decideBookingPage = bookingLinkPage(
  'booking.decide.failedTitle',
  async ({ request, response, link, fields, language }) => {
    const { botId, bookingId, token } = link;
    const decision = fields.decision;
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
  },
);
