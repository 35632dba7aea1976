import { FieldValue } from 'firebase-admin/firestore';
import { mailFrom } from '../config.ts';
import { buildBookingMails } from '../domain/booking/buildBookingMails.ts';
import { hashCancelToken } from '../domain/booking/buildBookingRecord.ts';
import { bookingEventData } from '../events/bookingEventData.ts';
import { recordEvent } from '../events/recordEvent.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';

export type CancelAuthority = { by: 'team' } | { by: 'visitor'; token: string; now: number };

/**
 * Cancels a confirmed booking in one transaction: frees its slot units, marks it cancelled with the next
 * SEQUENCE and queues METHOD:CANCEL mails (same UID) to the visitor and the team.
 */
export async function releaseBooking(input: {
  botId: string;
  bookingId: string;
  authority: CancelAuthority;
  businessName: string;
  timezone: string;
  /** The bot's notification addresses that belong to its team now (see teamNotificationRecipients). */
  teamEmails: string[];
}): Promise<void> {
  const bookingRef = refs.booking(input.botId, input.bookingId);
  await db.runTransaction(async (tx) => {
    const booking = (await tx.get(bookingRef)).data();
    if (booking?.status !== 'confirmed') {
      throw refuse('not-found', 'booking_not_found', 'This booking does not exist or is already cancelled.');
    }
    const { authority } = input;
    if (authority.by === 'visitor') {
      const expired = booking.cancelTokenExpiresAt.toMillis() <= authority.now;
      if (hashCancelToken(authority.token) !== booking.cancelTokenHash || expired) {
        throw refuse(
          'permission-denied',
          'booking_not_found',
          'This cancel link is not valid any more. Please contact the business directly.',
        );
      }
    }
    const sequence = booking.sequence + 1;
    for (const unitId of booking.unitIds) tx.delete(refs.slotUnit(input.botId, unitId));
    tx.update(bookingRef, {
      status: 'cancelled',
      sequence,
      cancelledAt: FieldValue.serverTimestamp(),
      cancelledBy: authority.by,
    });
    const mails = buildBookingMails(
      {
        bookingId: input.bookingId,
        sequence,
        businessName: input.businessName,
        timezone: input.timezone,
        start: booking.start.toMillis(),
        end: booking.end.toMillis(),
        visitor: { name: booking.name, email: booking.email, phone: booking.phone, notes: booking.notes },
        teamEmails: input.teamEmails,
        from: mailFrom.value(),
        cancelUrl: null,
      },
      'cancelled',
    );
    enqueueMail(tx, mails, {
      botId: input.botId,
      bookingId: input.bookingId,
      tenantId: booking.tenantId,
      ...(booking.conversationId ? { conversationId: booking.conversationId } : {}),
    });
    recordEvent(tx, {
      type: 'booking.cancelled',
      tenantId: booking.tenantId,
      botId: input.botId,
      bookingId: input.bookingId,
      ...(booking.conversationId ? { conversationId: booking.conversationId } : {}),
      data: { ...bookingEventData(input.bookingId, booking), cancelledBy: authority.by },
    });
  });
}
