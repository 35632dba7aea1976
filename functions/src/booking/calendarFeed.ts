import { createHash, timingSafeEqual } from 'node:crypto';
import { buildBookingCalendar } from '@frontdesk/calendar';
import { holdingBookingStatuses } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { onRequest } from 'firebase-functions/v2/https';
import { buildFeedEvents } from '../domain/booking/buildFeedEvents.ts';
import { resolveAvailability } from '../domain/booking/resolveAvailability.ts';
import { refs } from '../lib/documents/refs.ts';

const PAST_DAYS_SHOWN = 7;
const MAX_EVENTS = 2_000;

/** `/feed/{botId}/{token}.ics`: both parts plain, nothing else. */
const feedPath = /^\/feed\/([A-Za-z0-9_-]{1,128})\/([A-Za-z0-9_-]{32,128})\.ics$/;

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The bot's calendar subscription (Hosting rewrites `/feed/**` here) for Google Calendar, Outlook and Apple
 * Calendar: the bookings that hold time from a week ago on, as an RFC 5545 PUBLISH calendar. The secret in
 * the address is compared by its hash; a revoked or unknown one gets 404, a malformed one 400, never a 500.
 */
export const calendarFeed = onRequest({ maxInstances: 10 }, async (request, response) => {
  response.set('cache-control', 'private, max-age=300').set('x-content-type-options', 'nosniff');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.status(405).set('allow', 'GET, HEAD').send('Method not allowed');
    return;
  }
  const match = feedPath.exec(request.path);
  if (!match) {
    response.status(400).type('text/plain').send('Not a calendar feed address.');
    return;
  }
  const [, botId, token] = match as unknown as [string, string, string];
  const feed = (await refs.calendarFeed(botId).get()).data();
  const given = Buffer.from(hashFeedToken(token));
  const stored = Buffer.from(feed?.tokenHash ?? '');
  if (stored.length !== given.length || !timingSafeEqual(given, stored)) {
    response.status(404).type('text/plain').send('This calendar feed does not exist or was revoked.');
    return;
  }
  const [bot, availability, bookings] = await Promise.all([
    refs.bot(botId).get(),
    refs.availability(botId).get(),
    refs
      .bookings(botId)
      .where('status', 'in', holdingBookingStatuses)
      .where('start', '>=', Timestamp.fromMillis(Date.now() - PAST_DAYS_SHOWN * 86_400_000))
      .orderBy('start')
      .limit(MAX_EVENTS)
      .get(),
  ]);
  const events = buildFeedEvents(
    bookings.docs.map((doc) => {
      const booking = doc.data();
      return {
        bookingId: doc.id,
        status: booking.status === 'requested' ? 'requested' : 'confirmed',
        sequence: booking.sequence,
        serviceName: booking.serviceName ?? '',
        start: booking.start.toMillis(),
        end: booking.end.toMillis(),
        name: booking.name,
        email: booking.email,
        phone: booking.phone,
        notes: booking.notes,
      };
    }),
    { includeNotes: (availability.data() ?? resolveAvailability(undefined)).feedIncludesNotes },
  );
  response
    .status(200)
    .type('text/calendar; charset=utf-8')
    .send(
      buildBookingCalendar(events, {
        method: 'PUBLISH',
        now: Date.now(),
        calendarName: bot.data()?.appearance.title ?? 'Bookings',
      }),
    );
});
