import { bookingMailSetups } from './bookingMailFacts.ts';
import { forEachDue } from './forEachDue.ts';
import { releaseBooking } from './releaseBooking.ts';

/**
 * Expires every request nobody answered by `now`: frees its time and tells the visitor. Each expiry is its
 * own transaction that re-checks the request (see releaseBooking), so a confirmation that came first wins
 * and a repeated run changes nothing. Answers how many expired.
 */
export async function expireRequests(now: number): Promise<number> {
  const setupOf = bookingMailSetups();
  return forEachDue('requestExpiresAt', now, async (ref, botId) =>
    releaseBooking({ botId, bookingId: ref.id, release: { kind: 'expired', now }, setup: await setupOf(botId) }),
  );
}
