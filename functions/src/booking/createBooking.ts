import { randomBytes } from 'node:crypto';
import { type BookSlotRequest, type BookSlotResponse, paths } from '@frontdesk/contract';
import { mailFrom } from '../config.ts';
import { buildBookingRecord } from '../domain/booking/buildBookingRecord.ts';
import { generateSlots } from '../domain/booking/generateSlots.ts';
import { HOUR_MS } from '../domain/limits/rateLimitWindows.ts';
import { db } from '../lib/admin.ts';
import { refuse } from '../lib/refuse.ts';
import { enforceRateLimits } from '../limits/enforceRateLimits.ts';
import { cancelUrl } from './cancelUrl.ts';
import type { BookingContext } from './loadBookingContext.ts';
import { saveBooking } from './saveBooking.ts';

/**
 * Books an offered slot for a visitor: checks it is one the availability offers, limits bookings per
 * visitor, builds the booking and its mails, and saves them in one transaction (see saveBooking). Shared by
 * the bookSlot callable and the assistant's book_appointment tool.
 */
export async function createBooking(input: {
  request: Omit<BookSlotRequest, 'botId'>;
  botId: string;
  visitorUid: string;
  context: BookingContext;
}): Promise<BookSlotResponse> {
  const { request, botId, context } = input;
  const { availability } = context;
  const start = Date.parse(request.start);
  const now = Date.now();
  if (!availability.durationsMinutes.includes(request.durationMinutes)) {
    throw refuse(
      'invalid-argument',
      'invalid_input',
      `durationMinutes: must be one of ${availability.durationsMinutes.join(', ')}`,
    );
  }
  const offered = generateSlots({
    availability,
    zone: context.timezone,
    now,
    range: { start, end: start + 1 },
    durationMinutes: request.durationMinutes,
    taken: [],
  });
  if (!offered.includes(start)) {
    throw refuse(
      'failed-precondition',
      'slot_unavailable',
      'This time cannot be booked: it is past, too soon, outside opening hours or not on the booking grid. Please choose one of the offered slots.',
    );
  }
  await enforceRateLimits(
    [
      {
        key: `booking:${botId}:${input.visitorUid}`,
        limit: 10,
        windowMs: HOUR_MS,
        shards: 1,
        refusal: 'You have made many bookings in a short time. Please wait a while.',
      },
    ],
    now,
  );

  const bookingId = request.clientRequestId ?? db.collection(paths.bookings(botId)).doc().id;
  const cancelToken = randomBytes(24).toString('base64url');
  const record = buildBookingRecord({
    bookingId,
    botId,
    tenantId: context.bot.tenantId,
    visitorUid: input.visitorUid,
    conversationId: request.conversationId ?? null,
    start,
    durationMinutes: request.durationMinutes,
    bufferMinutes: availability.bufferMinutes,
    name: request.name,
    email: request.email,
    phone: request.phone ?? null,
    notes: request.notes ?? null,
    now,
    cancelToken,
    cancelUrl: cancelUrl({ botId, bookingId, token: cancelToken }),
    businessName: context.bot.appearance.title,
    timezone: context.timezone,
    teamEmails: context.settings.notificationEmails,
    from: mailFrom.value(),
  });
  const saved = await saveBooking(botId, bookingId, record, input.visitorUid);
  return {
    bookingId,
    start: new Date(saved.start.toMillis()).toISOString(),
    end: new Date(saved.end.toMillis()).toISOString(),
    timezone: context.timezone,
  };
}
