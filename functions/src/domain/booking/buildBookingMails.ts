import { buildBookingCalendar } from '@frontdesk/calendar';
import { assertHeaderSafe } from '../mail/assertHeaderSafe.ts';
import { escapeHtml } from '../mail/escapeHtml.ts';
import { formatWhen } from '../mail/formatWhen.ts';
import { mailAddress } from '../mail/mailAddress.ts';
import type { OutgoingMail } from '../mail/OutgoingMail.ts';
import { type MailLanguage, type MailTextKey, mailText } from '../mail/strings/mailStrings.ts';
import { MINUTE } from './timeRanges.ts';

export interface BookingMailFacts {
  bookingId: string;
  sequence: number;
  businessName: string;
  timezone: string;
  /** The bot's language (see mailLanguageOf). */
  language: MailLanguage;
  /** The service's name; empty for a bot's default service. */
  serviceName: string;
  start: number;
  end: number;
  visitor: { name: string; email: string; phone: string | null; notes: string | null };
  /** The business's notification addresses. */
  teamEmails: string[];
  /** The address mails come from; also the invitation's organizer. */
  from: string;
  /** Where the visitor cancels and reschedules; null once there is nothing left to change. */
  visitorLinks: { cancel: string; reschedule: string } | null;
  /** With a request: the team's signed links to confirm or decline it, and when it expires unanswered. */
  decision?: { confirm: string; decline: string; expiresAt: number };
}

/**
 * What happened to a booking. `confirmed` is also a request the team confirmed (`notifyTeam: false`);
 * `rescheduled` and `cancelled` of a booking still `requested` carry no invitation, as it never reached the
 * visitor's calendar.
 */
export type BookingChange =
  | 'confirmed'
  | 'requested'
  | 'declined'
  | 'expired'
  | 'cancelled'
  | 'rescheduled'
  | 'reminder';

export interface BookingMailOptions {
  /** Whether the booking is (for `cancelled`: was) confirmed, so the visitor's calendar holds its event. */
  inCalendar: boolean;
  /** Whether the team's notification addresses hear of it (not of changes the team made itself). */
  notifyTeam: boolean;
}

const visitorSubject: Record<BookingChange, MailTextKey> = {
  confirmed: 'booking.confirmed.subject',
  requested: 'booking.requested.subject',
  declined: 'booking.declined.subject',
  expired: 'booking.expired.subject',
  cancelled: 'booking.cancelled.subject',
  rescheduled: 'booking.rescheduled.subject',
  reminder: 'booking.reminder.subject',
};

const teamHeadline: Partial<Record<BookingChange, MailTextKey>> = {
  confirmed: 'booking.team.confirmed',
  requested: 'booking.team.requested',
  cancelled: 'booking.team.cancelled',
  rescheduled: 'booking.team.rescheduled',
};

/**
 * The mails of a booking change, in the bot's language: to the visitor (with the invitation when the change
 * reaches their calendar, and the cancel and reschedule links while the booking stands) and, for the changes
 * the team hears of, to its notification addresses. An invitation keeps the booking's UID with its SEQUENCE,
 * so a calendar moves or removes the one event. Every user value is escaped in HTML and checked for line
 * breaks where it reaches a header.
 */
export function buildBookingMails(
  facts: BookingMailFacts,
  change: BookingChange,
  options: BookingMailOptions = { inCalendar: change === 'confirmed', notifyTeam: true },
): OutgoingMail[] {
  const { language } = facts;
  const t = (key: MailTextKey, params: Record<string, string | number> = {}) => mailText(language, key, params);
  const business = assertHeaderSafe(facts.businessName);
  const visitorName = assertHeaderSafe(facts.visitor.name);
  const service = facts.serviceName || (language === 'de' ? 'Termin' : 'appointment');
  const when = formatWhen(facts.start, facts.timezone, language);
  const minutes = Math.round((facts.end - facts.start) / MINUTE);
  const duration = t('booking.minutes', { minutes });
  const values = { business, service, when, duration, minutes };

  const invitationMethod = change === 'cancelled' ? 'CANCEL' : 'REQUEST';
  const sendsInvitation =
    options.inCalendar && (change === 'confirmed' || change === 'rescheduled' || change === 'cancelled');
  const attachments = sendsInvitation
    ? [
        {
          filename: 'invite.ics',
          // DTSTAMP says when the invitation was written: now, as the mail is built.
          content: buildBookingCalendar(
            [
              {
                bookingId: facts.bookingId,
                sequence: facts.sequence,
                status: change === 'cancelled' ? 'cancelled' : 'confirmed',
                start: facts.start,
                end: facts.end,
                title: t('booking.appointmentTitle', { service: facts.serviceName || business, business }),
                description: t('booking.appointmentDescription', { visitor: visitorName, business, minutes }),
                organizer: { name: business, email: mailAddress(facts.from) },
                attendee: { name: visitorName, email: facts.visitor.email },
              },
            ],
            { method: invitationMethod, now: Date.now() },
          ),
          contentType: `text/calendar; charset=utf-8; method=${invitationMethod}`,
        },
      ]
    : [];

  const bodyKey: MailTextKey =
    change === 'rescheduled' && !options.inCalendar ? 'booking.rescheduledRequest.body' : `booking.${change}.body`;
  const body = t(bodyKey, values);
  const links = change === 'declined' || change === 'expired' || change === 'cancelled' ? null : facts.visitorLinks;
  const greeting = t('booking.greeting', { name: facts.visitor.name });
  const toVisitor: OutgoingMail = {
    to: [facts.visitor.email],
    message: {
      subject: t(visitorSubject[change], values),
      text: `${greeting}\n\n${body}\n${links ? `\n${t('booking.linksText', { reschedule: links.reschedule, cancel: links.cancel })}\n` : ''}`,
      html: `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>${
        links
          ? `<p><a href="${escapeHtml(links.reschedule)}">${escapeHtml(t('booking.rescheduleLink'))}</a> · <a href="${escapeHtml(links.cancel)}">${escapeHtml(t('booking.cancelLink'))}</a></p>`
          : ''
      }`,
      attachments,
    },
  };
  const mails = [toVisitor];
  const headlineKey = teamHeadline[change];
  if (options.notifyTeam && headlineKey && facts.teamEmails.length > 0) {
    const headline = t(headlineKey);
    const details = [
      [t('booking.field.service'), service],
      [t('booking.field.name'), facts.visitor.name],
      [t('booking.field.email'), facts.visitor.email],
      [t('booking.field.phone'), facts.visitor.phone ?? '—'],
      [t('booking.field.notes'), facts.visitor.notes ?? '—'],
    ] as const;
    const summary = t('booking.team.headline', { ...values, headline });
    const decision = change === 'requested' ? facts.decision : undefined;
    const decideText = decision
      ? `\n${t('booking.team.decideText', { confirm: decision.confirm, decline: decision.decline, expires: formatWhen(decision.expiresAt, facts.timezone, language) })}\n`
      : '';
    const decideHtml = decision
      ? `<p><a href="${escapeHtml(decision.confirm)}">${escapeHtml(t('booking.team.confirmLink'))}</a> · <a href="${escapeHtml(decision.decline)}">${escapeHtml(t('booking.team.declineLink'))}</a></p>`
      : '';
    mails.push({
      to: facts.teamEmails,
      message: {
        subject: `${headline}: ${visitorName}, ${when}`,
        text: `${summary}\n\n${details.map(([label, value]) => `${label}: ${value}`).join('\n')}\n${decideText}`,
        html: `<p>${escapeHtml(summary)}</p>${details
          .map(([label, value]) => `<p><strong>${escapeHtml(label)}:</strong> ${escapeHtml(value)}</p>`)
          .join('')}${decideHtml}`,
        attachments,
      },
    });
  }
  return mails;
}
