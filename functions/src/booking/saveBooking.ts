import { Timestamp } from 'firebase-admin/firestore';
import type { BookingRecord } from '../domain/booking/buildBookingRecord.ts';
import { bookingEventData } from '../events/bookingEventData.ts';
import { recordEvent } from '../events/recordEvent.ts';
import { db } from '../lib/admin.ts';
import type { BookingDocument } from '../lib/documents/converters.ts';
import { refs } from '../lib/documents/refs.ts';
import { requireData } from '../lib/documents/requireData.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';
import { slotTaken } from './assertUnitsLookFree.ts';

const ALREADY_EXISTS = 6;

/**
 * Saves a built booking in one transaction: every slot unit it claims (`tx.create`, which fails when a unit
 * is taken), the booking and its outbox mails. A unit already taken means `slot_taken` and nothing is
 * written; a retried call with the same booking id of the same visitor returns the booking it made.
 * `retryable`: the caller chose the booking id (`clientRequestId`), so an earlier call may have made it; an id
 * chosen here is new, and a loser of a race learns `slot_taken` without reading the booking first.
 */
export async function saveBooking(
  botId: string,
  bookingId: string,
  record: BookingRecord,
  visitorUid: string,
  retryable: boolean,
): Promise<BookingDocument> {
  const bookingRef = refs.booking(botId, bookingId);
  const built = record.booking;
  const booking: BookingDocument = {
    ...built,
    start: Timestamp.fromMillis(built.start),
    end: Timestamp.fromMillis(built.end),
    claimEnd: Timestamp.fromMillis(built.claimEnd),
    cancelTokenExpiresAt: Timestamp.fromMillis(built.cancelTokenExpiresAt),
    createdAt: Timestamp.fromMillis(built.createdAt),
    expireAt: Timestamp.fromMillis(built.expireAt),
    requestExpiresAt: built.requestExpiresAt === null ? null : Timestamp.fromMillis(built.requestExpiresAt),
    reminderAt: built.reminderAt === null ? null : Timestamp.fromMillis(built.reminderAt),
  };
  try {
    await db.runTransaction(async (tx) => {
      const conversationRef = built.conversationId ? refs.conversation(botId, built.conversationId) : null;
      const conversation = conversationRef ? await tx.get(conversationRef) : null;
      tx.create(bookingRef, booking);
      for (const unitId of built.unitIds) {
        tx.create(refs.slotUnit(botId, unitId), { bookingId, expiresAt: booking.claimEnd });
      }
      enqueueMail(tx, record.mails, {
        botId,
        bookingId,
        tenantId: built.tenantId,
        ...(built.conversationId ? { conversationId: built.conversationId } : {}),
      });
      // The conversation list filters on it; only the visitor's own conversation is marked.
      if (conversation?.data()?.visitorUid === visitorUid) tx.update(conversation.ref, { hasBooking: true });
      recordEvent(tx, {
        type: 'booking.created',
        tenantId: built.tenantId,
        botId,
        bookingId,
        ...(built.conversationId ? { conversationId: built.conversationId } : {}),
        data: bookingEventData(bookingId, booking),
      });
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    if (!retryable) throw slotTaken();
    const existing = (await bookingRef.get()).data();
    if (existing?.visitorUid === visitorUid && (existing.status === 'confirmed' || existing.status === 'requested')) {
      return existing;
    }
    throw slotTaken();
  }
  await recordDailyUsage(
    built.tenantId,
    new Date(built.createdAt),
    built.status === 'requested' ? { bookings: 1, bookingsRequested: 1 } : { bookings: 1, bookingsConfirmed: 1 },
  );
  return requireData(await bookingRef.get());
}
