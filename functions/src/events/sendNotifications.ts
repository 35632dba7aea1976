import type { EventDocument } from '@frontdesk/contract';
import { notificationGroupMinutes } from '../config.ts';
import { formatWhen } from '../domain/mail/formatWhen.ts';
import { mailLanguageOf } from '../domain/mail/strings/mailStrings.ts';
import { buildNotificationMail } from '../domain/notifications/buildNotificationMail.ts';
import { notificationKindOf } from '../domain/notifications/notificationKindOf.ts';
import { notificationRecipients } from '../domain/notifications/notificationRecipients.ts';
import { refs } from '../lib/documents/refs.ts';
import { claimNotification } from './claimNotification.ts';
import { consoleUrl, unsubscribeUrl } from './linkUrls.ts';

/**
 * Mails the team members who chose to hear about this event, each at most once per kind and conversation (or
 * booking) within NOTIFICATION_GROUP_MINUTES. Answers how many mails were queued.
 */
export async function sendNotifications(eventId: string, event: EventDocument, now: number): Promise<number> {
  if (!event.botId) return 0;
  const botId = event.botId;
  const conversation = event.conversationId
    ? (await refs.conversation(botId, event.conversationId).get()).data()
    : undefined;
  const kind = notificationKindOf(event, conversation?.status);
  if (!kind) return 0;
  const [tenant, bot, prefs] = await Promise.all([
    refs.tenant(event.tenantId).get(),
    refs.bot(botId).get(),
    refs.notificationPrefs(event.tenantId).get(),
  ]);
  const tenantData = tenant.data();
  const botData = bot.data();
  if (!tenantData || !botData) return 0;
  const recipients = notificationRecipients(
    tenantData,
    prefs.docs.map((doc) => ({ uid: doc.id, prefs: doc.data() })),
    botId,
    kind,
  );
  const booking = kind === 'bookingCreated' || kind === 'bookingCancelled';
  const subjectId = booking ? (event.bookingId ?? eventId) : (event.conversationId ?? eventId);
  const groupMinutes = notificationGroupMinutes.value();
  const language = mailLanguageOf(botData.appearance.locale);
  const start = typeof event.data.start === 'string' ? Date.parse(event.data.start) : Number.NaN;
  const queued = await Promise.all(
    recipients.map(({ uid, email }) =>
      claimNotification({
        tenantId: event.tenantId,
        claimId: `${uid}_${kind}_${subjectId}`,
        eventId,
        windowMs: groupMinutes * 60_000,
        now,
        about: { tenantId: event.tenantId, botId, kind: 'notification', uid, ...aboutIds(event) },
        mail: buildNotificationMail({
          to: email,
          language,
          kind,
          botName: botData.name ?? botData.appearance.title,
          businessName: tenantData.name,
          when: Number.isNaN(start) ? undefined : formatWhen(start, botData.timezone ?? 'UTC'),
          preview: booking ? undefined : conversation?.preview,
          pageUrl: booking ? undefined : (conversation?.currentPageUrl ?? conversation?.context?.pageUrl),
          consoleUrl: consoleUrl(event.tenantId, botId, booking ? undefined : event.conversationId),
          unsubscribeUrl: unsubscribeUrl(event.tenantId, uid, botId, kind),
          groupMinutes,
        }),
      }),
    ),
  );
  return queued.filter(Boolean).length;
}

/** The ids a mail is filed under, so erasing the conversation or booking erases its mails. */
function aboutIds(event: EventDocument) {
  return {
    ...(event.conversationId ? { conversationId: event.conversationId } : {}),
    ...(event.bookingId ? { bookingId: event.bookingId } : {}),
  };
}
