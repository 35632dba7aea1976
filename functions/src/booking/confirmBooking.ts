import type { Availability } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { buildBookingMails } from '../domain/booking/buildBookingMails.ts';
import { reminderTime } from '../domain/booking/reminderTime.ts';
import { db } from '../lib/admin.ts';
import type { BookingDocument } from '../lib/documents/converters.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';
import { bookingLinks } from './bookingLinks.ts';
import { type BookingMailSetup, bookingMailFacts } from './bookingMailFacts.ts';

/**
 * The team confirms a request in one transaction: it must still be `requested` and not expired at `now`
 * (so a confirmation and the expiry sweep never both win: each checks the other's condition on the same
 * document), then it becomes `confirmed` with its reminder set, and the visitor gets the confirmation with
 * the invitation.
 */
export async function confirmBooking(input: {
  botId: string;
  bookingId: string;
  now: number;
  reminderHours: Availability['reminderHours'];
  setup: BookingMailSetup;
}): Promise<void> {
  const bookingRef = refs.booking(input.botId, input.bookingId);
  const links = await bookingLinks(input.botId, input.bookingId);
  const confirmed = await db.runTransaction(async (tx) => {
    const booking = (await tx.get(bookingRef)).data();
    if (!booking) throw refuse('not-found', 'booking_not_found', 'This booking does not exist.');
    if (booking.status !== 'requested') {
      throw refuse('failed-precondition', 'booking_state', `This booking is ${booking.status}, not a request.`);
    }
    if ((booking.requestExpiresAt?.toMillis() ?? Infinity) <= input.now) {
      throw refuse('failed-precondition', 'booking_state', 'This request has expired; its time is free again.');
    }
    const reminderAt = reminderTime(booking.start.toMillis(), input.reminderHours, input.now);
    const after: BookingDocument = {
      ...booking,
      status: 'confirmed',
      requestExpiresAt: null,
      reminderAt: reminderAt === null ? null : Timestamp.fromMillis(reminderAt),
    };
    tx.update(bookingRef, { status: 'confirmed', requestExpiresAt: null, reminderAt: after.reminderAt ?? null });
    enqueueMail(
      tx,
      buildBookingMails(bookingMailFacts(input.bookingId, after, input.setup, links), 'confirmed', {
        inCalendar: true,
        notifyTeam: false,
      }),
      {
        botId: input.botId,
        bookingId: input.bookingId,
        tenantId: booking.tenantId,
        ...(booking.conversationId ? { conversationId: booking.conversationId } : {}),
      },
    );
    return booking;
  });
  await recordDailyUsage(confirmed.tenantId, new Date(input.now), { bookingsConfirmed: 1 });
}
