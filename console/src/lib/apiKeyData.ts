import { type ApiKey, paths } from '@frontdesk/contract';
import { collection, query, where } from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenQuery } from './listen.ts';

/** A bot's API keys (name, prefix, times; never the key), live, for its tenant's owners and admins. */
export function listenApiKeys(tenantId: () => string, botId: () => string) {
  return listenQuery<ApiKey>(() =>
    query(collection(db, paths.apiKeys()), where('tenantId', '==', tenantId()), where('botId', '==', botId())),
  );
}
