import { type EventDocument, PRESENCE_ONLINE_MS } from '@frontdesk/contract';
import type { Timestamp } from 'firebase-admin/firestore';
import { notificationGroupMinutes } from '../config.ts';
import { mailLanguageOf } from '../domain/mail/strings/mailStrings.ts';
import { buildFollowUpMail } from '../domain/notifications/buildFollowUpMail.ts';
import { refs } from '../lib/documents/refs.ts';
import { claimNotification } from './claimNotification.ts';
import { resumeUrl } from './linkUrls.ts';

/**
 * A team member's reply reaches a visitor who has left: when the visitor gave an address with consent and their
 * widget has not reported presence within PRESENCE_ONLINE_MS, the reply is mailed with a signed link back to the
 * conversation. Several replies in a row make one mail per NOTIFICATION_GROUP_MINUTES; the link shows them all.
 * Answers whether a mail was queued.
 */
export async function sendFollowUp(eventId: string, event: EventDocument, now: number): Promise<boolean> {
  if (event.type !== 'message.created' || event.role !== 'agent' || !event.botId || !event.conversationId) return false;
  const { botId, conversationId } = event;
  const [conversationSnapshot, presence, bot, tenant] = await Promise.all([
    refs.conversation(botId, conversationId).get(),
    refs.presence(botId, conversationId, 'visitor').get(),
    refs.bot(botId).get(),
    refs.tenant(event.tenantId).get(),
  ]);
  const conversation = conversationSnapshot.data();
  const email = conversation?.visitorEmail;
  if (!conversation || !email || !conversation.emailConsentAt) return false;
  const lastSeen = (presence.get('lastSeenAt') as Timestamp | undefined)?.toMillis() ?? 0;
  if (now - lastSeen < PRESENCE_ONLINE_MS) return false;
  const botData = bot.data();
  const pageUrl = conversation.currentPageUrl ?? conversation.context?.pageUrl;
  const reply = typeof event.data.text === 'string' ? event.data.text : '';
  return claimNotification({
    tenantId: event.tenantId,
    claimId: `visitor_followUp_${conversationId}`,
    eventId,
    windowMs: notificationGroupMinutes.value() * 60_000,
    now,
    about: { tenantId: event.tenantId, botId, conversationId, kind: 'followUp' },
    mail: buildFollowUpMail({
      to: email,
      language: mailLanguageOf(botData?.appearance.locale),
      businessName: botData?.appearance.title ?? tenant.data()?.name ?? '',
      reply,
      resumeUrl: resumeUrl(pageUrl, botId, conversationId),
      site: pageUrl ? new URL(pageUrl).host : (botData?.appearance.title ?? ''),
    }),
  });
}
