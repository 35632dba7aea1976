import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { bookingExpiry } from '../domain/booking/bookingExpiry.ts';
import { buildBookingMails } from '../domain/booking/buildBookingMails.ts';
import { hashCancelToken } from '../domain/booking/buildBookingRecord.ts';
import { claimedRange, generateSlots } from '../domain/booking/generateSlots.ts';
import { reminderTime } from '../domain/booking/reminderTime.ts';
import { slotUnitIds } from '../domain/booking/slotUnitIds.ts';
import { MINUTE } from '../domain/booking/timeRanges.ts';
import { db } from '../lib/admin.ts';
import type { BookingDocument } from '../lib/documents/converters.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';
import { assertUnitsLookFree, slotTaken } from './assertUnitsLookFree.ts';
import { bookingLinks } from './bookingLinks.ts';
import { bookingMailFacts, bookingMailSetup } from './bookingMailFacts.ts';
import type { BookingContext } from './loadBookingContext.ts';

const ALREADY_EXISTS = 6;

export type MoveAuthority = { by: 'team' } | { by: 'visitor'; token: string };

/**
 * Moves a booking that holds time to another offered start, keeping its length and buffer, in one
 * transaction: the units only the old time held are deleted, the ones only the new time needs are created
 * (`tx.create`, which fails when someone else holds one: `slot_taken`, nothing changes), units both share
 * stay. The booking's next SEQUENCE goes out as METHOD:REQUEST with the same UID, so calendars move the
 * event. Both the visitor and the team hear of it.
 */
export async function moveBooking(input: {
  context: BookingContext;
  bookingId: string;
  start: number;
  authority: MoveAuthority;
  now: number;
}): Promise<BookingDocument> {
  const { context, bookingId, start, now } = input;
  const { botId } = context;
  const bookingRef = refs.booking(botId, bookingId);
  const current = (await bookingRef.get()).data();
  assertMovable(current, input.authority, now);
  const bufferMinutes = Math.round((current.claimEnd.toMillis() - current.end.toMillis()) / MINUTE);
  const offered = generateSlots({
    availability: context.availability,
    zone: context.timezone,
    now,
    range: { start, end: start + 1 },
    durationMinutes: current.durationMinutes,
    bufferMinutes,
    taken: [],
  });
  if (!offered.includes(start)) {
    throw refuse(
      'failed-precondition',
      'slot_unavailable',
      'This time cannot be booked. Please choose one of the offered times.',
    );
  }
  const claim = claimedRange(start, current.durationMinutes, bufferMinutes);
  const unitIds = slotUnitIds(claim);
  await assertUnitsLookFree(botId, unitIds, bookingId);
  const links = await bookingLinks(botId, bookingId);
  const setup = bookingMailSetup(context);
  try {
    return await db.runTransaction(async (tx) => {
      const booking = (await tx.get(bookingRef)).data();
      assertMovable(booking, input.authority, now);
      const end = start + booking.durationMinutes * MINUTE;
      const reminderAt =
        booking.status === 'confirmed' ? reminderTime(start, context.availability.reminderHours, now) : null;
      const after: BookingDocument = {
        ...booking,
        start: Timestamp.fromMillis(start),
        end: Timestamp.fromMillis(end),
        claimEnd: Timestamp.fromMillis(claim.end),
        unitIds,
        sequence: booking.sequence + 1,
        cancelTokenExpiresAt: Timestamp.fromMillis(start),
        reminderAt: reminderAt === null ? null : Timestamp.fromMillis(reminderAt),
        reminderSentAt: null,
        // A request keeps its deadline, but never past its new start.
        requestExpiresAt: booking.requestExpiresAt
          ? Timestamp.fromMillis(Math.min(booking.requestExpiresAt.toMillis(), start))
          : null,
        expireAt: Timestamp.fromMillis(bookingExpiry(end, context.tenant.bookingRetentionDays)),
      };
      const kept = new Set(booking.unitIds);
      const needed = new Set(unitIds);
      for (const unitId of booking.unitIds) if (!needed.has(unitId)) tx.delete(refs.slotUnit(botId, unitId));
      for (const unitId of unitIds) {
        const unit = refs.slotUnit(botId, unitId);
        if (kept.has(unitId)) tx.set(unit, { bookingId, expiresAt: after.claimEnd });
        else tx.create(unit, { bookingId, expiresAt: after.claimEnd });
      }
      const {
        start: newStart,
        end: newEnd,
        claimEnd,
        cancelTokenExpiresAt,
        reminderAt: at,
        requestExpiresAt,
        expireAt,
      } = after;
      tx.update(bookingRef, {
        start: newStart,
        end: newEnd,
        claimEnd,
        unitIds,
        sequence: after.sequence,
        cancelTokenExpiresAt,
        reminderAt: at ?? null,
        reminderSentAt: null,
        requestExpiresAt: requestExpiresAt ?? null,
        expireAt: expireAt ?? null,
        rescheduledAt: FieldValue.serverTimestamp(),
      });
      enqueueMail(
        tx,
        buildBookingMails(bookingMailFacts(bookingId, after, setup, links), 'rescheduled', {
          inCalendar: booking.status === 'confirmed',
          notifyTeam: true,
        }),
        {
          botId,
          bookingId,
          tenantId: booking.tenantId,
          ...(booking.conversationId ? { conversationId: booking.conversationId } : {}),
        },
      );
      return after;
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === ALREADY_EXISTS) throw slotTaken();
    throw error;
  }
}

function assertMovable(
  booking: BookingDocument | undefined,
  authority: MoveAuthority,
  now: number,
): asserts booking is BookingDocument {
  if (!booking || (booking.status !== 'confirmed' && booking.status !== 'requested')) {
    throw refuse('not-found', 'booking_not_found', 'This booking does not exist or is cancelled.');
  }
  if (authority.by === 'visitor') {
    const expired = booking.cancelTokenExpiresAt.toMillis() <= now;
    if (hashCancelToken(authority.token) !== booking.cancelTokenHash || expired) {
      throw refuse(
        'permission-denied',
        'booking_not_found',
        'This link is not valid any more. Please contact the business directly.',
      );
    }
  } else if (booking.start.toMillis() <= now) {
    throw refuse('failed-precondition', 'booking_state', 'This appointment has started already.');
  }
}
