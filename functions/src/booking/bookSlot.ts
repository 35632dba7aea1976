import { randomBytes } from 'node:crypto';
import { type BookSlotResponse, bookSlotRequestSchema, paths } from '@frontdesk/contract';
import type { Timestamp } from 'firebase-admin/firestore';
import { onCall } from 'firebase-functions/v2/https';
import { mailFrom } from '../config.ts';
import { buildBookingRecord } from '../domain/booking/buildBookingRecord.ts';
import { generateSlots } from '../domain/booking/generateSlots.ts';
import { HOUR_MS } from '../domain/rateLimitWindows.ts';
import { db } from '../lib/admin.ts';
import { assertOriginAllowed } from '../lib/assertOriginAllowed.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { refuse } from '../lib/refuse.ts';
import { requireUid } from '../lib/requireUid.ts';
import { enforceRateLimits } from '../limits/enforceRateLimits.ts';
import { cancelUrl } from './cancelUrl.ts';
import { loadBookingContext } from './loadBookingContext.ts';
import { saveBooking } from './saveBooking.ts';

/**
 * Books an offered slot. The slot's 5-minute units are claimed by deterministic ids in one transaction, so
 * of any number of concurrent attempts on overlapping times exactly one wins and the others get
 * `slot_taken`. The confirmation mails are queued in the same transaction and sent after it.
 */
export const bookSlot = onCall({ maxInstances: 20 }, async (request): Promise<BookSlotResponse> => {
  const visitorUid = requireUid(request.auth);
  const input = parseRequest(bookSlotRequestSchema, request.data);
  const context = await loadBookingContext(input.botId);
  assertOriginAllowed(request.rawRequest.headers.origin, context.settings.allowedOrigins);
  const { availability } = context;
  const start = Date.parse(input.start);
  const now = Date.now();
  if (!availability.durationsMinutes.includes(input.durationMinutes)) {
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
    durationMinutes: input.durationMinutes,
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
        key: `booking:${input.botId}:${visitorUid}`,
        limit: 10,
        windowMs: HOUR_MS,
        shards: 1,
        refusal: 'You have made many bookings in a short time. Please wait a while.',
      },
    ],
    now,
  );

  const bookingId = input.clientRequestId ?? db.collection(paths.bookings(input.botId)).doc().id;
  const cancelToken = randomBytes(24).toString('base64url');
  const record = buildBookingRecord({
    bookingId,
    botId: input.botId,
    tenantId: context.bot.tenantId,
    visitorUid,
    conversationId: input.conversationId ?? null,
    start,
    durationMinutes: input.durationMinutes,
    bufferMinutes: availability.bufferMinutes,
    name: input.name,
    email: input.email,
    phone: input.phone ?? null,
    notes: input.notes ?? null,
    now,
    cancelToken,
    cancelUrl: cancelUrl({ botId: input.botId, bookingId, token: cancelToken }),
    businessName: context.bot.appearance.title,
    timezone: context.timezone,
    teamEmails: context.settings.notificationEmails,
    from: mailFrom.value(),
  });
  const saved = await saveBooking(input.botId, bookingId, record, visitorUid);
  return {
    bookingId,
    start: new Date((saved.get('start') as Timestamp).toMillis()).toISOString(),
    end: new Date((saved.get('end') as Timestamp).toMillis()).toISOString(),
    timezone: context.timezone,
  };
});
