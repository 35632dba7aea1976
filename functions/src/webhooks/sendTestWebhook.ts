import { recordEvent } from '../events/recordEvent.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * "Send test event": a `ping` event for one endpoint, delivered, signed and logged like any other, so the
 * console's delivery log shows whether the receiver answers and checks signatures.
 */
export const sendTestWebhook = defineCallable('sendTestWebhook', { maxInstances: 10 }, async ({ input }) => {
  const endpoint = refs.webhook(input.tenantId, input.endpointId);
  const eventId = await db.runTransaction(async (tx) => {
    if (!(await tx.get(endpoint)).exists) {
      throw refuse('not-found', 'webhook_not_found', 'This webhook endpoint does not exist.');
    }
    return recordEvent(tx, {
      type: 'ping',
      tenantId: input.tenantId,
      endpointId: input.endpointId,
      data: { message: 'A test event from the Frontdesk console.' },
    });
  });
  return { deliveryId: `${eventId}_${input.endpointId}` };
});
