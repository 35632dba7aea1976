import { createEvent } from 'ics';

export interface InviteFacts {
  bookingId: string;
  sequence: number;
  start: number;
  end: number;
  title: string;
  description: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/** RFC 5545 UID of a booking: the same for its invitation and its cancellation, so calendars match them. */
export function inviteUid(bookingId: string): string {
  return `${bookingId}@frontdesk`;
}

/**
 * An iCalendar invitation (`METHOD:REQUEST`) or cancellation (`METHOD:CANCEL`) in UTC times, with a stable
 * UID and a SEQUENCE that grows with every change.
 */
export function buildInvite(facts: InviteFacts, method: 'REQUEST' | 'CANCEL'): string {
  const { error, value } = createEvent({
    productId: 'frontdesk/booking',
    method,
    uid: inviteUid(facts.bookingId),
    sequence: facts.sequence,
    start: facts.start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: facts.end,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: facts.title,
    description: facts.description,
    status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    organizer: facts.organizer,
    attendees: [{ ...facts.attendee, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }],
  });
  if (error || !value) throw error ?? new Error('The calendar invitation could not be built.');
  return value;
}
