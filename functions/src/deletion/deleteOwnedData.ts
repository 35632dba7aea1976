import { paths } from '@frontdesk/contract';
import type { DocumentReference } from 'firebase-admin/firestore';
import { deleteEventsOf } from '../events/deleteEventsOf.ts';
import { db } from '../lib/admin.ts';
import { ownedCollections } from './ownedCollections.ts';

const IN_LIMIT = 30;

/**
 * Deletes a bot with everything under it (settings, availability, conversations and their messages, bookings,
 * slot units, any subcollection added later), its events with their webhook deliveries, and its documents in the
 * collections of `ownedCollections`.
 * Only ids are read (`select()`), so a damaged document cannot stop a deletion.
 */
export async function deleteBotData(botId: string): Promise<void> {
  await db.recursiveDelete(db.doc(paths.bot(botId)));
  await deleteEventsOf({ botId });
  await deleteOutside({ field: 'botField', ids: [botId] });
}

/** Deletes a tenant: each of its bots as above, then the tenant's subtree (team, invitations, counters, audit). */
export async function deleteTenantData(tenantId: string): Promise<void> {
  const bots = await db.collection('bots').where('tenantId', '==', tenantId).select().get();
  for (const bot of bots.docs) await deleteBotData(bot.id);
  await db.recursiveDelete(db.doc(paths.tenant(tenantId)));
  await deleteOutside({ field: 'tenantField', ids: [tenantId] });
}

async function deleteOutside(owner: { field: 'tenantField' | 'botField'; ids: string[] }): Promise<void> {
  const doomed: DocumentReference[] = [];
  const wanted = new Set(owner.ids);
  for (const owned of ownedCollections) {
    if (owned.kind !== 'fields') continue;
    const collection = db.collection(owned.collection);
    for (let start = 0; start < owner.ids.length; start += IN_LIMIT) {
      const ids = owner.ids.slice(start, start + IN_LIMIT);
      const found = await collection.where(owned[owner.field], 'in', ids).select().get();
      doomed.push(...found.docs.map((doc) => doc.ref));
      if (owned.idsOwnCounters) for (const doc of found.docs) wanted.add(doc.id);
    }
  }
  for (const owned of ownedCollections) {
    if (owned.kind !== 'idSegments') continue;
    const all = await db.collection(owned.collection).select().get();
    doomed.push(...all.docs.filter((doc) => doc.id.split(':').some((part) => wanted.has(part))).map((doc) => doc.ref));
  }
  const writer = db.bulkWriter();
  for (const ref of doomed) void writer.delete(ref);
  await writer.close();
}
