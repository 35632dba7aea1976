import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { buildBookingMails } from '../domain/booking/buildBookingMails.ts';
import { hashCancelToken } from '../domain/booking/buildBookingRecord.ts';
import { bookingEventData } from '../events/bookingEventData.ts';
import { recordEvent } from '../events/recordEvent.ts';
import { db } from '../lib/admin.ts';
import type { BookingDocument } from '../lib/documents/converters.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';
import { type BookingMailSetup, bookingMailFacts } from './bookingMailFacts.ts';

export type CancelAuthority = { by: 'team' } | { by: 'visitor'; token: string; now: number };

/**
 * How a booking lets go of its time: cancelled (by the visitor's link or the team, while it holds time),
 * declined by the team (a request) or expired (a request nobody answered in time).
 */
export type Release =
  | { kind: 'cancelled'; authority: CancelAuthority }
  | { kind: 'declined' }
  | { kind: 'expired'; now: number };

/**
 * Ends a booking in one transaction: frees its slot units, marks it with the next SEQUENCE and queues the
 * mails (for a confirmed one METHOD:CANCEL with the same UID, to the visitor and the team; a declined or
 * expired request only tells the visitor). Answers `false` for an expiry that finds nothing to expire (a
 * sweep that ran twice, or a confirmation that came first).
 */
export async function releaseBooking(input: {
  botId: string;
  bookingId: string;
  release: Release;
  setup: BookingMailSetup;
}): Promise<boolean> {
  const { release } = input;
  const bookingRef = refs.booking(input.botId, input.bookingId);
  const released = await db.runTransaction(async (tx) => {
    const booking = (await tx.get(bookingRef)).data();
    const holds = booking?.status === 'confirmed' || booking?.status === 'requested';
    if (!booking || !holds) {
      if (release.kind === 'expired') return null;
      throw refuse('not-found', 'booking_not_found', 'This booking does not exist or is already cancelled.');
    }
    if (release.kind !== 'cancelled' && booking.status !== 'requested') {
      if (release.kind === 'expired') return null;
      throw refuse('failed-precondition', 'booking_state', 'This booking is not a request waiting for an answer.');
    }
    if (release.kind === 'expired' && (booking.requestExpiresAt?.toMillis() ?? Infinity) > release.now) return null;
    const authority = release.kind === 'cancelled' ? release.authority : null;
    if (authority?.by === 'visitor') {
      const expired = booking.cancelTokenExpiresAt.toMillis() <= authority.now;
      if (hashCancelToken(authority.token) !== booking.cancelTokenHash || expired) {
        throw refuse(
          'permission-denied',
          'booking_not_found',
          'This cancel link is not valid any more. Please contact the business directly.',
        );
      }
    }
    const after: BookingDocument = {
      ...booking,
      status: release.kind,
      sequence: booking.sequence + 1,
      requestExpiresAt: null,
      reminderAt: null,
    };
    for (const unitId of booking.unitIds) tx.delete(refs.slotUnit(input.botId, unitId));
    tx.update(bookingRef, {
      status: after.status,
      sequence: after.sequence,
      requestExpiresAt: null,
      reminderAt: null,
      cancelledAt: FieldValue.serverTimestamp(),
      cancelledBy: authority ? authority.by : null,
    });
    const mails = buildBookingMails(bookingMailFacts(input.bookingId, after, input.setup, null), release.kind, {
      inCalendar: booking.status === 'confirmed',
      notifyTeam: release.kind === 'cancelled',
    });
    enqueueMail(tx, mails, {
      botId: input.botId,
      bookingId: input.bookingId,
      tenantId: booking.tenantId,
      ...(booking.conversationId ? { conversationId: booking.conversationId } : {}),
    });
    // A request declined or expired is no longer held either: subscribers hear of it as a cancellation.
    recordEvent(tx, {
      type: 'booking.cancelled',
      tenantId: booking.tenantId,
      botId: input.botId,
      bookingId: input.bookingId,
      ...(booking.conversationId ? { conversationId: booking.conversationId } : {}),
      data: {
        ...bookingEventData(input.bookingId, booking),
        release: release.kind,
        cancelledBy: authority?.by ?? null,
      },
    });
    return booking;
  });
  if (released && release.kind === 'cancelled') {
    await recordDailyUsage(released.tenantId, Timestamp.now().toDate(), { bookingsCancelled: 1 });
  }
  return released !== null;
}
