import { buildBookingCalendar } from '@frontdesk/calendar';
import { assertHeaderSafe } from '../mail/assertHeaderSafe.ts';
import { escapeHtml } from '../mail/escapeHtml.ts';
import { formatWhen } from '../mail/formatWhen.ts';
import { mailAddress } from '../mail/mailAddress.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import { MINUTE } from './timeRanges.ts';

export interface BookingMailFacts {
  bookingId: string;
  sequence: number;
  businessName: string;
  timezone: string;
  start: number;
  end: number;
  visitor: { name: string; email: string; phone: string | null; notes: string | null };
  /** The business's notification addresses. */
  teamEmails: string[];
  /** The address mails come from; also the invitation's organizer. */
  from: string;
  /** Only for confirmations: where the visitor cancels. */
  cancelUrl: string | null;
}

/**
 * The mails of a booking change: to the visitor (with the invitation and, when confirmed, the cancel link)
 * and to the team's notification addresses. Every user value is escaped in HTML and checked for line
 * breaks where it reaches a header.
 */
export function buildBookingMails(facts: BookingMailFacts, change: 'confirmed' | 'cancelled'): OutgoingMail[] {
  const business = assertHeaderSafe(facts.businessName);
  const visitorName = assertHeaderSafe(facts.visitor.name);
  const when = formatWhen(facts.start, facts.timezone);
  const minutes = Math.round((facts.end - facts.start) / MINUTE);
  const method = change === 'confirmed' ? 'REQUEST' : 'CANCEL';
  // DTSTAMP says when the invitation was written: now, as the mail is built.
  const invite = buildBookingCalendar(
    [
      {
        bookingId: facts.bookingId,
        sequence: facts.sequence,
        status: change,
        start: facts.start,
        end: facts.end,
        title: `Appointment with ${business}`,
        description: `${visitorName} with ${business}, ${minutes} minutes.`,
        organizer: { name: business, email: mailAddress(facts.from) },
        attendee: { name: visitorName, email: facts.visitor.email },
      },
    ],
    { method, now: Date.now() },
  );
  const attachments = [
    { filename: 'invite.ics', content: invite, contentType: `text/calendar; charset=utf-8; method=${method}` },
  ];
  const details = [
    ['Name', facts.visitor.name],
    ['Email', facts.visitor.email],
    ['Phone', facts.visitor.phone ?? '—'],
    ['Notes', facts.visitor.notes ?? '—'],
  ] as const;
  const detailsText = details.map(([label, value]) => `${label}: ${value}`).join('\n');
  const detailsHtml = details
    .map(([label, value]) => `<p><strong>${label}:</strong> ${escapeHtml(value)}</p>`)
    .join('');

  const toVisitor: OutgoingMail =
    change === 'confirmed'
      ? {
          to: [facts.visitor.email],
          message: {
            subject: `Your appointment with ${business}: ${when}`,
            text: `Hello ${facts.visitor.name},\n\nyour appointment with ${business} is confirmed for ${when} (${minutes} minutes).\n\nTo cancel it, open ${facts.cancelUrl}\n`,
            html: `<p>Hello ${escapeHtml(facts.visitor.name)},</p><p>your appointment with ${escapeHtml(business)} is confirmed for <strong>${escapeHtml(when)}</strong> (${minutes} minutes).</p><p><a href="${escapeHtml(facts.cancelUrl ?? '')}">Cancel the appointment</a></p>`,
            attachments,
          },
        }
      : {
          to: [facts.visitor.email],
          message: {
            subject: `Cancelled: your appointment with ${business}, ${when}`,
            text: `Hello ${facts.visitor.name},\n\nyour appointment with ${business} on ${when} is cancelled.\n`,
            html: `<p>Hello ${escapeHtml(facts.visitor.name)},</p><p>your appointment with ${escapeHtml(business)} on <strong>${escapeHtml(when)}</strong> is cancelled.</p>`,
            attachments,
          },
        };
  const mails = [toVisitor];
  if (facts.teamEmails.length > 0) {
    const headline = change === 'confirmed' ? 'New booking' : 'Booking cancelled';
    mails.push({
      to: facts.teamEmails,
      message: {
        subject: `${headline}: ${visitorName}, ${when}`,
        text: `${headline} for ${when} (${minutes} minutes).\n\n${detailsText}\n`,
        html: `<p>${headline} for <strong>${escapeHtml(when)}</strong> (${minutes} minutes).</p>${detailsHtml}`,
        attachments,
      },
    });
  }
  return mails;
}
