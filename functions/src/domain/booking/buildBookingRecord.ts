import { createHash } from 'node:crypto';
import type { Booking } from '@frontdesk/contract';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import { bookingExpiry } from './bookingExpiry.ts';
import { buildBookingMails } from './buildBookingMails.ts';
import { claimedRange } from './generateSlots.ts';
import { slotUnitIds } from './slotUnitIds.ts';
import { MINUTE } from './timeRanges.ts';

export interface BookingInput {
  bookingId: string;
  botId: string;
  tenantId: string;
  visitorUid: string;
  conversationId: string | null;
  start: number;
  durationMinutes: number;
  bufferMinutes: number;
  name: string;
  email: string;
  phone: string | null;
  notes: string | null;
  now: number;
  /** The secret of the visitor's cancel link; only its hash is stored. */
  cancelToken: string;
  cancelUrl: string;
  businessName: string;
  timezone: string;
  /** The team's notification addresses that belong to the team (see teamNotificationRecipients). */
  teamEmails: string[];
  from: string;
  /** The tenant's `bookingRetentionDays`; left out: the default. */
  bookingRetentionDays: number | undefined;
}

type BookingTime = 'start' | 'end' | 'claimEnd' | 'cancelTokenExpiresAt' | 'createdAt' | 'expireAt';

/** What a booking writes, with times as epoch milliseconds; the handler turns them into Timestamps. */
export interface BookingRecord {
  booking: Omit<Booking, BookingTime> & Record<BookingTime, number>;
  mails: OutgoingMail[];
}

export function hashCancelToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Builds everything a new booking writes, before anything is saved (Cal.com's build-then-save split). */
export function buildBookingRecord(input: BookingInput): BookingRecord {
  const end = input.start + input.durationMinutes * MINUTE;
  const claim = claimedRange(input.start, input.durationMinutes, input.bufferMinutes);
  const booking: BookingRecord['booking'] = {
    botId: input.botId,
    tenantId: input.tenantId,
    visitorUid: input.visitorUid,
    conversationId: input.conversationId,
    status: 'confirmed',
    start: input.start,
    end,
    claimEnd: claim.end,
    durationMinutes: input.durationMinutes,
    name: input.name,
    email: input.email,
    phone: input.phone,
    notes: input.notes,
    unitIds: slotUnitIds(claim),
    sequence: 0,
    cancelTokenHash: hashCancelToken(input.cancelToken),
    // The link works until the appointment starts.
    cancelTokenExpiresAt: input.start,
    createdAt: input.now,
    cancelledAt: null,
    cancelledBy: null,
    expireAt: bookingExpiry(end, input.bookingRetentionDays),
  };
  const mails = buildBookingMails(
    {
      bookingId: input.bookingId,
      sequence: 0,
      businessName: input.businessName,
      timezone: input.timezone,
      start: input.start,
      end,
      visitor: { name: input.name, email: input.email, phone: input.phone, notes: input.notes },
      teamEmails: input.teamEmails,
      from: input.from,
      cancelUrl: input.cancelUrl,
    },
    'confirmed',
  );
  return { booking, mails };
}
