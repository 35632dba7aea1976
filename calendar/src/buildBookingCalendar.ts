import { createEvents, type EventAttributes } from 'ics';
import { bookingUid } from './bookingUid.ts';
import { escapeText } from './escapeText.ts';
import { foldContentLines } from './foldContentLines.ts';
import { paramText } from './paramText.ts';
import { withLineFeeds } from './withLineFeeds.ts';

/** One booking as a calendar event. Times are instants (ms since the epoch or Dates), written in UTC. */
export interface BookingEvent {
  bookingId: string;
  /** Grows with every change of the booking, so a calendar keeps the newest version. */
  sequence: number;
  /** `tentative`: a request the team has not confirmed yet (shown in the team's feed). */
  status: 'confirmed' | 'tentative' | 'cancelled';
  start: number | Date;
  end: number | Date;
  title: string;
  description: string;
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
}

export interface BookingCalendarOptions {
  /**
   * REQUEST for the invitation mailed with a confirmation, CANCEL for the one mailed with a cancellation,
   * PUBLISH for an export to import.
   */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  /** When the file is written (DTSTAMP of every event). */
  now: number | Date;
  /** The name a calendar app gives an imported file (X-WR-CALNAME). */
  calendarName?: string;
}

const PRODUCT_ID = '-//Frontdesk//Bookings//EN';

/**
 * An iCalendar file of bookings, the one writer of them: the invitation or cancellation mailed with a
 * booking change (one event) and the console's export (many). Times in UTC, the UID of `bookingUid` and the
 * booking's SEQUENCE, so every file about a booking updates the same calendar event.
 */
export function buildBookingCalendar(events: BookingEvent[], options: BookingCalendarOptions): string {
  const { error, value } = createEvents(
    events.map((event) => toEventAttributes(event, Number(options.now))),
    {
      productId: PRODUCT_ID,
      method: options.method,
      ...(options.calendarName === undefined ? {} : { calName: escapeText(options.calendarName) }),
    },
  );
  if (error || !value) throw error ?? new Error('The calendar file could not be built.');
  return foldContentLines(value);
}

/** `ics` reads DTSTAMP from `timestamp` (its schema has it) though its types leave it out. */
type StampedEventAttributes = EventAttributes & { timestamp: number };

function toEventAttributes(event: BookingEvent, now: number): StampedEventAttributes {
  return {
    uid: bookingUid(event.bookingId),
    sequence: event.sequence,
    timestamp: now,
    start: Number(event.start),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Number(event.end),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: withLineFeeds(event.title),
    description: withLineFeeds(event.description),
    status: event.status === 'cancelled' ? 'CANCELLED' : event.status === 'tentative' ? 'TENTATIVE' : 'CONFIRMED',
    ...(event.organizer && {
      organizer: { name: paramText(event.organizer.name), email: event.organizer.email },
    }),
    ...(event.attendee && {
      attendees: [
        {
          name: paramText(event.attendee.name),
          email: event.attendee.email,
          rsvp: false,
          partstat: 'ACCEPTED',
          role: 'REQ-PARTICIPANT',
        },
      ],
    }),
  };
}
