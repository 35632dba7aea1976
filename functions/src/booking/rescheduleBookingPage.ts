import { hashCancelToken } from '../domain/booking/buildBookingRecord.ts';
import { escapeHtml } from '../domain/mail/escapeHtml.ts';
import { formatWhen } from '../domain/mail/formatWhen.ts';
import { mailText } from '../domain/mail/strings/mailStrings.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { findFreeSlots } from './findFreeSlots.ts';
import { bookingLinkPage, hiddenFields, page, textPage } from './hostedPage.ts';
import { moveBooking } from './moveBooking.ts';

const DAYS_SHOWN = 14;
const MAX_TIMES_SHOWN = 60;

/**
 * The page behind the visitor's reschedule link (`/reschedule`), in the bot's language and under the same
 * CSP as the cancel page: GET shows the appointment and the free times of the next two weeks for its length
 * (its own time left out of the way), as a plain form; POST moves it (see moveBooking). Malformed links get
 * a 400 page, never a 500.
 */
export const rescheduleBookingPage = bookingLinkPage(
  'reschedulePage.failed.title',
  async ({ request, response, link, fields, context, language }) => {
    const { botId, bookingId, token } = link;
    const now = Date.now();
    if (request.method === 'POST') {
      const start = typeof fields.start === 'string' ? Date.parse(fields.start) : Number.NaN;
      if (Number.isNaN(start))
        throw refuse('invalid-argument', 'invalid_input', mailText(language, 'reschedulePage.noChoice'));
      const moved = await moveBooking({ context, bookingId, start, authority: { by: 'visitor', token }, now });
      const when = formatWhen(moved.start.toMillis(), context.timezone, language);
      response.send(
        textPage(language, 'reschedulePage.done.title', mailText(language, 'reschedulePage.done.text', { when })),
      );
      return;
    }
    const booking = (await refs.booking(botId, bookingId).get()).data();
    const holds = booking?.status === 'confirmed' || booking?.status === 'requested';
    if (
      !booking ||
      !holds ||
      hashCancelToken(token) !== booking.cancelTokenHash ||
      booking.cancelTokenExpiresAt.toMillis() <= now
    ) {
      throw refuse(
        'permission-denied',
        'booking_not_found',
        'This link is not valid any more. Please contact the business directly.',
      );
    }
    const service = {
      durationMinutes: booking.durationMinutes,
      bufferMinutes: Math.round((booking.claimEnd.toMillis() - booking.end.toMillis()) / 60_000),
    };
    const free = (
      await findFreeSlots({
        botId,
        context,
        range: { start: now, end: now + DAYS_SHOWN * 86_400_000 },
        service,
        ignoreBookingId: bookingId,
      })
    )
      .filter((start) => start !== booking.start.toMillis())
      .slice(0, MAX_TIMES_SHOWN);
    const serviceName = booking.serviceName || (language === 'de' ? 'Termin' : 'appointment');
    const current = `<p>${escapeHtml(mailText(language, 'reschedulePage.current', { service: serviceName, when: formatWhen(booking.start.toMillis(), context.timezone, language) }))}</p>`;
    const choices = free
      .map((start, index) => {
        const id = `t${index}`;
        const value = new Date(start).toISOString();
        return `<p><input type="radio" name="start" id="${id}" value="${value}"${index === 0 ? ' required' : ''}> <label for="${id}">${escapeHtml(formatWhen(start, context.timezone, language))}</label></p>`;
      })
      .join('');
    const body =
      free.length === 0
        ? `<p>${escapeHtml(mailText(language, 'reschedulePage.none', { days: DAYS_SHOWN, business: context.bot.appearance.title }))}</p>`
        : `<form method="post">${hiddenFields({ bot: botId, booking: bookingId, token })}${choices}<button type="submit">${escapeHtml(mailText(language, 'reschedulePage.button'))}</button></form>`;
    response.send(page(language, mailText(language, 'reschedulePage.title'), current + body));
  },
);
