import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';

/**
 * The team marks a confirmed appointment that has ended as attended or a no-show (and may correct it). Usage
 * counts no-shows on the day they are marked; a correction takes one back.
 */
export const setBookingOutcome = defineCallable('setBookingOutcome', { maxInstances: 20 }, async ({ input }) => {
  const ref = refs.booking(input.botId, input.bookingId);
  const now = Date.now();
  const { tenantId, before } = await db.runTransaction(async (tx) => {
    const booking = (await tx.get(ref)).data();
    if (!booking) throw refuse('not-found', 'booking_not_found', 'This booking does not exist.');
    if (booking.status !== 'confirmed') {
      throw refuse(
        'failed-precondition',
        'booking_state',
        `This booking is ${booking.status}: only a confirmed appointment has an outcome.`,
      );
    }
    if (booking.end.toMillis() > now) {
      throw refuse('failed-precondition', 'booking_state', 'This appointment has not ended yet.');
    }
    tx.update(ref, { outcome: input.outcome });
    return { tenantId: booking.tenantId, before: booking.outcome ?? null };
  });
  const noShows = (input.outcome === 'no_show' ? 1 : 0) - (before === 'no_show' ? 1 : 0);
  if (noShows !== 0) await recordDailyUsage(tenantId, new Date(now), { bookingsNoShow: noShows });
  return { outcome: input.outcome };
});
