import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { syncWebhookEvents } from './syncWebhookEvents.ts';

/** Owners and admins remove an endpoint; its pending deliveries end as ERROR when next tried. */
export const deleteWebhook = defineCallable('deleteWebhook', { maxInstances: 10 }, async ({ input }) => {
  const ref = refs.webhook(input.tenantId, input.endpointId);
  if (!(await ref.get()).exists)
    throw refuse('not-found', 'webhook_not_found', 'This webhook endpoint does not exist.');
  await ref.delete();
  await syncWebhookEvents(input.tenantId);
  return { endpointId: input.endpointId };
});
