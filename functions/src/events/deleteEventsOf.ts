import { paths } from '@frontdesk/contract';
import type { DocumentReference } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';

/** The most values one `in` filter takes. */
const IN_LIMIT = 30;

/**
 * Erasure reaches the events of a bot (or of one of its conversations) and the webhook deliveries made from them:
 * both carry message texts. Only ids and tenant ids are read, so a damaged document cannot stop an erasure.
 * Answers how many events were deleted.
 */
export async function deleteEventsOf(scope: { botId: string; conversationId?: string }): Promise<number> {
  let query = refs.events().where('botId', '==', scope.botId);
  if (scope.conversationId) query = query.where('conversationId', '==', scope.conversationId);
  const events = await query.select('tenantId').get();
  const doomed: DocumentReference[] = events.docs.map((event) => event.ref);
  const eventIdsByTenant = new Map<string, string[]>();
  for (const event of events.docs) {
    const tenantId = event.get('tenantId') as string;
    eventIdsByTenant.set(tenantId, [...(eventIdsByTenant.get(tenantId) ?? []), event.id]);
  }
  for (const [tenantId, eventIds] of eventIdsByTenant) {
    for (let start = 0; start < eventIds.length; start += IN_LIMIT) {
      const deliveries = await db
        .collection(paths.webhookDeliveries(tenantId))
        .where('eventId', 'in', eventIds.slice(start, start + IN_LIMIT))
        .select()
        .get();
      doomed.push(...deliveries.docs.map((delivery) => delivery.ref));
    }
  }
  const writer = db.bulkWriter();
  for (const ref of doomed) void writer.delete(ref);
  await writer.close();
  return events.size;
}
