import { refs } from '../lib/documents/refs.ts';
import { createWebhookDeliveries } from './createWebhookDeliveries.ts';
import { sendFollowUp } from './sendFollowUp.ts';
import { sendNotifications } from './sendNotifications.ts';

/**
 * Turns one recorded event into what it causes: webhook deliveries, notification mails to the team, and the
 * follow-up mail of a reply to a visitor who left. Each part is idempotent on its own (deterministic delivery
 * ids, claims that remember the event), so a re-delivered or retried trigger adds nothing.
 */
export async function fanOutEvent(eventId: string, now = Date.now()) {
  const event = (await refs.event(eventId).get()).data();
  if (!event) return { deliveries: 0, notifications: 0, followUp: false };
  const [deliveries, notifications, followUp] = await Promise.all([
    createWebhookDeliveries(eventId, event),
    event.type === 'ping' ? 0 : sendNotifications(eventId, event, now),
    sendFollowUp(eventId, event, now),
  ]);
  return { deliveries, notifications, followUp };
}
