import { type BookSlotRequest, type BookSlotResponse, paths } from '@frontdesk/contract';
import type { Timestamp } from 'firebase-admin/firestore';
import { bookingsPerNetworkPerDay, bookingsPerNetworkPerHour, bookingsPerRecipientPerDay } from '../config.ts';
import { pickService } from '../domain/booking/bookableServices.ts';
import { buildBookingRecord } from '../domain/booking/buildBookingRecord.ts';
import { claimedRange, generateSlots } from '../domain/booking/generateSlots.ts';
import { slotUnitIds } from '../domain/booking/slotUnitIds.ts';
import { DAY_MS, HOUR_MS } from '../domain/limits/rateLimitWindows.ts';
import { db } from '../lib/admin.ts';
import { hashClientIp } from '../lib/hashClientIp.ts';
import { hashEmailAddress } from '../lib/hashEmailAddress.ts';
import { refuse } from '../lib/refuse.ts';
import { enforceRateLimits, type RateRule } from '../limits/enforceRateLimits.ts';
import { assertUnitsLookFree } from './assertUnitsLookFree.ts';
import { bookingLinks } from './bookingLinks.ts';
import { bookingMailSetup } from './bookingMailFacts.ts';
import { assertBotTakesBookings, countBotBooking } from './botBookingsToday.ts';
import type { BookingContext } from './loadBookingContext.ts';
import { saveBooking } from './saveBooking.ts';

/**
 * Books an offered slot for a visitor: checks it is one the availability offers, counts the attempt against
 * the limits of the visitor, their network, the bot and the address to be mailed, builds the booking and its
 * mails, and saves them in one transaction (see saveBooking). Shared by the bookSlot callable and the
 * assistant's book_appointment tool.
 */
export async function createBooking(input: {
  request: Omit<BookSlotRequest, 'botId'>;
  botId: string;
  visitorUid: string;
  context: BookingContext;
  /**
   * The caller's network as `clientAddress` reads it. Left out by the chat's tool: a booking there takes a
   * message, and messages are limited per network already.
   */
  network?: string;
}): Promise<BookSlotResponse> {
  const { request, botId, context } = input;
  const { availability } = context;
  const start = Date.parse(request.start);
  const now = Date.now();
  const service = pickService(availability, request);
  if (typeof service === 'string') {
    // A length not offered is bad input, as before services; an unknown or inactive service has its own reason.
    throw refuse('invalid-argument', service.startsWith('serviceId') ? 'service_not_found' : 'invalid_input', service);
  }
  const offered = generateSlots({
    availability,
    zone: context.timezone,
    now,
    range: { start, end: start + 1 },
    durationMinutes: service.durationMinutes,
    bufferMinutes: service.bufferMinutes,
    taken: [],
  });
  if (!offered.includes(start)) {
    throw refuse(
      'failed-precondition',
      'slot_unavailable',
      'This time cannot be booked: it is past, too soon, outside opening hours or not on the booking grid. Please choose one of the offered slots.',
    );
  }
  const bookingId = request.clientRequestId ?? db.collection(paths.bookings(botId)).doc().id;
  // Losers of a race for a time learn it here, from a plain read, without queueing for the counters and the
  // transaction the winner holds. The transaction in saveBooking stays the only judge.
  await assertUnitsLookFree(
    botId,
    slotUnitIds(claimedRange(start, service.durationMinutes, service.bufferMinutes)),
    bookingId,
  );
  const limits = await bookingLimits({
    botId,
    visitorUid: input.visitorUid,
    network: input.network,
    email: request.email,
  });
  await Promise.all([enforceRateLimits(limits, now), assertBotTakesBookings(botId, now)]);

  const links = await bookingLinks(botId, bookingId);
  const record = buildBookingRecord({
    bookingId,
    botId,
    tenantId: context.bot.tenantId,
    visitorUid: input.visitorUid,
    conversationId: request.conversationId ?? null,
    start,
    service,
    settings: availability,
    name: request.name,
    email: request.email,
    phone: request.phone ?? null,
    notes: request.notes ?? null,
    now,
    cancelToken: links.visitorToken,
    visitorLinks: links.visitor,
    decisionLinks: links.decision,
    ...bookingMailSetup(context),
    bookingRetentionDays: context.tenant.bookingRetentionDays,
  });
  const saved = await saveBooking(botId, bookingId, record, input.visitorUid, request.clientRequestId !== undefined);
  // A retried call answers the booking it made before, which was counted then.
  if ((saved.createdAt as Timestamp).toMillis() === record.booking.createdAt) await countBotBooking(botId, now);
  return {
    bookingId,
    start: new Date(saved.start.toMillis()).toISOString(),
    end: new Date(saved.end.toMillis()).toISOString(),
    timezone: context.timezone,
    status: saved.status === 'requested' ? 'requested' : 'confirmed',
    serviceName: saved.serviceName ?? '',
  };
}

/**
 * What a booking attempt on an offered slot counts against, before anything is built: a visitor's Auth user
 * is free to renew, so their network counts too (per bot and across the platform), as does the address the
 * confirmation would go to, so no one can make the platform mail an address at will. Attempts count, not only
 * bookings made: counting in the booking's own transaction made 50 simultaneous bookings of one bot wait on
 * each other's counter locks. The bot's own day is counted apart (see botBookingsToday).
 */
async function bookingLimits(input: {
  botId: string;
  visitorUid: string;
  network: string | undefined;
  email: string;
}): Promise<RateRule[]> {
  const { botId } = input;
  const rules: RateRule[] = [
    {
      key: `booking:${botId}:${input.visitorUid}`,
      limit: 10,
      windowMs: HOUR_MS,
      shards: 1,
      refusal: 'You have made many bookings in a short time. Please wait a while.',
    },
    {
      key: `booking-to:${await hashEmailAddress(input.email)}`,
      limit: bookingsPerRecipientPerDay.value(),
      windowMs: DAY_MS,
      shards: 1,
      refusal:
        'This email address has received the most booking confirmations allowed today. Please try again tomorrow.',
    },
  ];
  if (input.network === undefined) return rules;
  const network = await hashClientIp(input.network);
  return [
    ...rules,
    {
      key: `booking-ip:${botId}:${network}`,
      limit: bookingsPerNetworkPerHour.value(),
      windowMs: HOUR_MS,
      shards: 1,
      refusal: 'Many bookings have come from your network in a short time. Please wait a while.',
    },
    {
      key: `booking-ip-all-bots:${network}`,
      limit: bookingsPerNetworkPerDay.value(),
      windowMs: DAY_MS,
      shards: 1,
      refusal: 'Many bookings have come from your network today. Please try again tomorrow.',
    },
  ];
}
