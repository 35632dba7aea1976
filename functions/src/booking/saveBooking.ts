import { paths } from '@frontdesk/contract';
import { type DocumentSnapshot, Timestamp } from 'firebase-admin/firestore';
import type { BookingRecord } from '../domain/booking/buildBookingRecord.ts';
import { db } from '../lib/admin.ts';
import { refuse } from '../lib/refuse.ts';
import { recordDailyUsage } from '../limits/recordDailyUsage.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';

const ALREADY_EXISTS = 6;
const timeFields = ['start', 'end', 'claimEnd', 'cancelTokenExpiresAt', 'createdAt'] as const;

/**
 * Saves a built booking in one transaction: every slot unit it claims (`tx.create`, which fails when a unit
 * is taken), the booking and its outbox mails. A unit already taken means `slot_taken` and nothing is
 * written; a retried call with the same booking id of the same visitor returns the booking it made.
 */
export async function saveBooking(
  botId: string,
  bookingId: string,
  record: BookingRecord,
  visitorUid: string,
): Promise<DocumentSnapshot> {
  const bookingRef = db.collection(paths.bookings(botId)).doc(bookingId);
  const units = db.collection(paths.slotUnits(botId));
  const booking = {
    ...record.booking,
    ...Object.fromEntries(timeFields.map((field) => [field, Timestamp.fromMillis(record.booking[field])])),
  };
  try {
    await db.runTransaction(async (tx) => {
      tx.create(bookingRef, booking);
      for (const unitId of record.booking.unitIds) {
        tx.create(units.doc(unitId), { bookingId, expiresAt: booking.claimEnd });
      }
      enqueueMail(tx, record.mails, { botId, bookingId, tenantId: record.booking.tenantId });
    });
  } catch (error) {
    if ((error as { code?: unknown }).code !== ALREADY_EXISTS) throw error;
    const existing = await bookingRef.get();
    if (existing.exists && existing.get('visitorUid') === visitorUid && existing.get('status') === 'confirmed') {
      return existing;
    }
    throw refuse('already-exists', 'slot_taken', 'Someone else has just booked this time. Please choose another slot.');
  }
  await recordDailyUsage(record.booking.tenantId, new Date(record.booking.createdAt), { bookings: 1 });
  return bookingRef.get();
}
