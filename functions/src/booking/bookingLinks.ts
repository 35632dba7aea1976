import { bookingLinkToken } from '../domain/booking/bookingLinkToken.ts';
import { projectSecret } from '../lib/projectSecret.ts';
import { publicOrigin } from '../lib/publicOrigin.ts';

export interface BookingLinks {
  /** The secret of the visitor's links; bookings store its hash (`cancelTokenHash`). */
  visitorToken: string;
  visitor: { cancel: string; reschedule: string };
  /** The team's, in the notification of a request. */
  decision: { confirm: string; decline: string };
}

/**
 * The signed links of a booking on the hosted site (Hosting rewrites `/cancel`, `/reschedule` and `/decide` to
 * their page functions). The same booking always gets the same links, so every mail about it carries them.
 */
export async function bookingLinks(botId: string, bookingId: string): Promise<BookingLinks> {
  const key = await projectSecret('bookingLinkKey');
  const visitorToken = bookingLinkToken(key, 'visitor', botId, bookingId);
  const teamToken = bookingLinkToken(key, 'team', botId, bookingId);
  const origin = publicOrigin();
  const visitorQuery = new URLSearchParams({ bot: botId, booking: bookingId, token: visitorToken });
  const decide = (decision: 'confirm' | 'decline') =>
    `${origin}/decide?${new URLSearchParams({ bot: botId, booking: bookingId, token: teamToken, decision })}`;
  return {
    visitorToken,
    visitor: { cancel: `${origin}/cancel?${visitorQuery}`, reschedule: `${origin}/reschedule?${visitorQuery}` },
    decision: { confirm: decide('confirm'), decline: decide('decline') },
  };
}
