import { createHash } from 'node:crypto';
import type { Availability, Booking, Service } from '@frontdesk/contract';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import type { MailLanguage } from '../mail/strings/mailStrings.ts';
import { bookingExpiry } from './bookingExpiry.ts';
import { buildBookingMails } from './buildBookingMails.ts';
import { claimedRange } from './generateSlots.ts';
import { reminderTime } from './reminderTime.ts';
import { slotUnitIds } from './slotUnitIds.ts';
import { MINUTE } from './timeRanges.ts';

const HOUR_MS = 3_600_000;

export interface BookingInput {
  bookingId: string;
  botId: string;
  tenantId: string;
  visitorUid: string;
  conversationId: string | null;
  start: number;
  service: Service;
  /** The bot's booking settings: confirmation mode, request expiry, reminders. */
  settings: Pick<Availability, 'confirmationRequired' | 'requestExpiryHours' | 'reminderHours'>;
  name: string;
  email: string;
  phone: string | null;
  notes: string | null;
  now: number;
  /** The secret of the visitor's cancel and reschedule links; only its hash is stored. */
  cancelToken: string;
  visitorLinks: { cancel: string; reschedule: string };
  /** The team's signed links to confirm or decline, for a request. */
  decisionLinks: { confirm: string; decline: string };
  businessName: string;
  timezone: string;
  language: MailLanguage;
  /** The team's notification addresses that belong to the team (see teamNotificationRecipients). */
  teamEmails: string[];
  from: string;
  /** The tenant's `bookingRetentionDays`; left out: the default. */
  bookingRetentionDays: number | undefined;
}

type BookingTime =
  | 'start'
  | 'end'
  | 'claimEnd'
  | 'cancelTokenExpiresAt'
  | 'createdAt'
  | 'expireAt'
  | 'requestExpiresAt'
  | 'reminderAt';

/** What a booking writes, with times as epoch milliseconds; the handler turns them into Timestamps. */
export interface BookingRecord {
  booking: Omit<Booking, BookingTime> &
    Record<Exclude<BookingTime, 'requestExpiresAt' | 'reminderAt'>, number> & {
      requestExpiresAt: number | null;
      reminderAt: number | null;
    };
  mails: OutgoingMail[];
}

export function hashCancelToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Builds everything a new booking writes, before anything is saved (Cal.com's build-then-save split). */
export function buildBookingRecord(input: BookingInput): BookingRecord {
  const { service, settings } = input;
  const end = input.start + service.durationMinutes * MINUTE;
  const claim = claimedRange(input.start, service.durationMinutes, service.bufferMinutes);
  const requested = settings.confirmationRequired;
  // A request expires unanswered, at the latest when its appointment would start.
  const requestExpiresAt = requested ? Math.min(input.now + settings.requestExpiryHours * HOUR_MS, input.start) : null;
  const booking: BookingRecord['booking'] = {
    botId: input.botId,
    tenantId: input.tenantId,
    visitorUid: input.visitorUid,
    conversationId: input.conversationId,
    status: requested ? 'requested' : 'confirmed',
    serviceId: service.id,
    serviceName: service.name,
    start: input.start,
    end,
    claimEnd: claim.end,
    durationMinutes: service.durationMinutes,
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
    requestExpiresAt,
    // A request is reminded of once confirmed.
    reminderAt: requested ? null : reminderTime(input.start, settings.reminderHours, input.now),
    reminderSentAt: null,
    outcome: null,
    rescheduledAt: null,
    expireAt: bookingExpiry(end, input.bookingRetentionDays),
  };
  const mails = buildBookingMails(
    {
      bookingId: input.bookingId,
      sequence: 0,
      businessName: input.businessName,
      timezone: input.timezone,
      language: input.language,
      serviceName: service.name,
      start: input.start,
      end,
      visitor: { name: input.name, email: input.email, phone: input.phone, notes: input.notes },
      teamEmails: input.teamEmails,
      from: input.from,
      visitorLinks: input.visitorLinks,
      ...(requestExpiresAt === null ? {} : { decision: { ...input.decisionLinks, expiresAt: requestExpiresAt } }),
    },
    requested ? 'requested' : 'confirmed',
  );
  return { booking, mails };
}
