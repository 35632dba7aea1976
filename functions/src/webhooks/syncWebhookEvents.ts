import { refs } from '../lib/documents/refs.ts';

/**
 * Keeps the tenant's `webhookEvents` (every event an active endpoint listens to) in step with its endpoints, so
 * the chat records `message.created` only when someone listens.
 */
export async function syncWebhookEvents(tenantId: string): Promise<void> {
  const endpoints = await refs.webhooks(tenantId).get();
  const events = new Set(endpoints.docs.flatMap((doc) => (doc.data().active ? doc.data().events : [])));
  await refs.tenant(tenantId).update({ webhookEvents: [...events].sort() });
}
