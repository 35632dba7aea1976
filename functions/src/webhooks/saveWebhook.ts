import { randomBytes } from 'node:crypto';
import { paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { runningInEmulator } from '../config.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { assertPublicUrl } from '../lib/outbound/assertPublicUrl.ts';
import { OutboundError } from '../lib/outbound/OutboundError.ts';
import { refuse } from '../lib/refuse.ts';
import { syncWebhookEvents } from './syncWebhookEvents.ts';

/**
 * Owners and admins add or change a webhook endpoint. The URL must be `https` to a public address (checked after
 * DNS resolution here, and again on every delivery, since DNS can change); the emulator also allows loopback.
 * A new endpoint gets a random signing secret, which the console shows to owners and admins.
 */
export const saveWebhook = defineCallable('saveWebhook', { maxInstances: 10 }, async ({ uid, input }) => {
  try {
    await assertPublicUrl(input.url, { allowLoopback: runningInEmulator });
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    throw refuse('invalid-argument', 'url_not_public', `url: ${error.message}`);
  }
  const collection = refs.webhooks(input.tenantId);
  const ref = input.endpointId ? collection.doc(input.endpointId) : collection.doc();
  await db.runTransaction(async (tx) => {
    const existing = (await tx.get(ref)).data();
    if (input.endpointId && !existing) {
      throw refuse('not-found', 'webhook_not_found', 'This webhook endpoint does not exist.');
    }
    tx.set(ref, {
      tenantId: input.tenantId,
      url: input.url,
      events: input.events,
      active: input.active,
      ...(input.description ? { description: input.description } : {}),
      secret: existing?.secret ?? `whsec_${randomBytes(24).toString('base64url')}`,
      createdAt: existing?.createdAt ?? FieldValue.serverTimestamp(),
    });
    // A webhook sends the tenant's conversations elsewhere: who pointed it where is worth keeping.
    recordAudit(tx, {
      tenantId: input.tenantId,
      actorUid: uid,
      action: 'webhook.save',
      target: `${paths.webhooks(input.tenantId)}/${ref.id}`,
      before: existing ? { url: existing.url, events: existing.events, active: existing.active } : null,
      after: { url: input.url, events: input.events, active: input.active },
    });
  });
  await syncWebhookEvents(input.tenantId);
  return { endpointId: ref.id };
});
