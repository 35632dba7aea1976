import { Timestamp } from 'firebase-admin/firestore';
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { onSchedule } from 'firebase-functions/v2/scheduler';
import { db } from '../lib/admin.ts';
import { processWebhookDelivery } from './processWebhookDelivery.ts';

/** Posts each new delivery; a re-delivered event finds it claimed and posts nothing. */
export const onWebhookDeliveryCreated = onDocumentCreated(
  {
    document: 'tenants/{tenantId}/webhookDeliveries/{deliveryId}',
    maxInstances: 20,
    retry: false,
    timeoutSeconds: 120,
  },
  async (event) => {
    await processWebhookDelivery(event.params.tenantId, event.params.deliveryId);
  },
);

/** Every minute: retries that are due, and deliveries whose sender died while holding the lease. */
export const retryWebhookSchedule = onSchedule(
  { schedule: 'every 1 minutes', maxInstances: 1, timeoutSeconds: 300 },
  async () => {
    const now = Timestamp.now();
    const deliveries = db.collectionGroup('webhookDeliveries');
    const [retries, abandoned] = await Promise.all([
      deliveries.where('state', '==', 'RETRY').where('nextAttemptAt', '<=', now).limit(100).get(),
      deliveries.where('state', '==', 'PROCESSING').where('leaseExpireTime', '<=', now).limit(100).get(),
    ]);
    await Promise.all(
      [...retries.docs, ...abandoned.docs].map((doc) => processWebhookDelivery(doc.get('tenantId') as string, doc.id)),
    );
  },
);
