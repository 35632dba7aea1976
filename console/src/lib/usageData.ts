import { paths } from '@frontdesk/contract';
import { collection, query, where } from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenQuery } from './listen.ts';

/** A tenant's daily usage shards from `fromDay` (YYYY-MM-DD) on, live. */
export function listenUsageDays(tenantId: () => string, fromDay: string) {
  return listenQuery<Record<string, unknown>>(() =>
    query(collection(db, paths.usageDays(tenantId())), where('day', '>=', fromDay)),
  );
}
