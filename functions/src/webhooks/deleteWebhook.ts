import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';
import { syncWebhookEvents } from './syncWebhookEvents.ts';

/** Owners and admins remove an endpoint; its pending deliveries end as ERROR when next tried. */
export const deleteWebhook = defineCallable('deleteWebhook', { maxInstances: 10 }, async ({ uid, input }) => {
  const ref = refs.webhook(input.tenantId, input.endpointId);
  await db.runTransaction(async (tx) => {
    const existing = (await tx.get(ref)).data();
    if (!existing) throw refuse('not-found', 'webhook_not_found', 'This webhook endpoint does not exist.');
    tx.delete(ref);
    recordAudit(tx, {
      tenantId: input.tenantId,
      actorUid: uid,
      action: 'webhook.delete',
      target: `${paths.webhooks(input.tenantId)}/${input.endpointId}`,
      before: { url: existing.url, events: existing.events, active: existing.active },
    });
  });
  await syncWebhookEvents(input.tenantId);
  return { endpointId: input.endpointId };
});
