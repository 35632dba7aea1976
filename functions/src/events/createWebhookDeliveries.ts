import type { EventDocument } from '@frontdesk/contract';
import type { Timestamp } from 'firebase-admin/firestore';
import { webhookBody } from '../domain/webhooks/webhookBody.ts';
import { refs } from '../lib/documents/refs.ts';

const ALREADY_EXISTS = 6;

/**
 * One delivery per endpoint that listens to the event (a test event goes to its one endpoint), each with the id
 * `{eventId}_{endpointId}` and created with `create()`: a re-delivered trigger finds them and adds none. The body
 * is fixed here, so every retry posts (and signs) the same bytes. Answers how many it created.
 */
export async function createWebhookDeliveries(eventId: string, event: EventDocument): Promise<number> {
  const endpoints = await refs.webhooks(event.tenantId).get();
  const targets = endpoints.docs.filter((endpoint) => {
    const data = endpoint.data();
    return event.type === 'ping'
      ? endpoint.id === event.endpointId
      : data.active && (data.events as string[]).includes(event.type);
  });
  const body = webhookBody(eventId, event, (event.createdAt as Timestamp).toMillis());
  const created = await Promise.all(
    targets.map(async (endpoint) => {
      try {
        await refs.webhookDelivery(event.tenantId, `${eventId}_${endpoint.id}`).create({
          tenantId: event.tenantId,
          endpointId: endpoint.id,
          eventId,
          type: event.type,
          body,
          createdAt: event.createdAt,
          state: 'PENDING',
          attempts: 0,
          leaseExpireTime: null,
          nextAttemptAt: null,
          lastStatus: null,
          lastError: null,
        });
        return 1;
      } catch (error) {
        if ((error as { code?: unknown }).code === ALREADY_EXISTS) return 0;
        throw error;
      }
    }),
  );
  return created.reduce<number>((sum, one) => sum + one, 0);
}
