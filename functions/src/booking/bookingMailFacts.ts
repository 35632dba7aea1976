import type { BotContext } from '../bots/loadBotContext.ts';
import { mailFrom } from '../config.ts';
import type { BookingMailFacts } from '../domain/booking/buildBookingMails.ts';
import { teamNotificationRecipients } from '../domain/booking/notificationAddresses.ts';
import { mailLanguageOf } from '../domain/mail/strings/mailStrings.ts';
import type { BookingDocument } from '../lib/documents/converters.ts';
import type { BookingLinks } from './bookingLinks.ts';
import { loadBookingContext } from './loadBookingContext.ts';

/** What every mail of a bot's bookings shares: business, zone, language, team addresses and sender. */
export type BookingMailSetup = Pick<BookingMailFacts, 'businessName' | 'timezone' | 'language' | 'teamEmails' | 'from'>;

export function bookingMailSetup(context: Pick<BotContext, 'bot' | 'settings' | 'tenant'>): BookingMailSetup {
  return {
    businessName: context.bot.appearance.title,
    timezone: context.bot.timezone ?? 'UTC',
    language: mailLanguageOf(context.bot.appearance.locale),
    teamEmails: teamNotificationRecipients(context.settings.notificationEmails, context.tenant.memberEmails),
    from: mailFrom.value(),
  };
}

/** The mail facts of a stored booking, as it is after the change being mailed. */
export function bookingMailFacts(
  bookingId: string,
  booking: BookingDocument,
  setup: BookingMailSetup,
  links: BookingLinks | null,
): BookingMailFacts {
  return {
    ...setup,
    bookingId,
    sequence: booking.sequence,
    serviceName: booking.serviceName ?? '',
    start: booking.start.toMillis(),
    end: booking.end.toMillis(),
    visitor: { name: booking.name, email: booking.email, phone: booking.phone, notes: booking.notes },
    visitorLinks: links?.visitor ?? null,
    ...(links && booking.requestExpiresAt
      ? { decision: { ...links.decision, expiresAt: booking.requestExpiresAt.toMillis() } }
      : {}),
  };
}

/** The mail setup of each bot a sweep meets, loaded once per bot and run. */
export function bookingMailSetups(): (botId: string) => Promise<BookingMailSetup> {
  const setups = new Map<string, Promise<BookingMailSetup>>();
  return (botId) => {
    let setup = setups.get(botId);
    if (!setup) {
      setup = loadBookingContext(botId, { existing: true }).then(bookingMailSetup);
      setups.set(botId, setup);
    }
    return setup;
  };
}
