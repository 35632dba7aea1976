import { type Bot, paths, type Tenant } from '@frontdesk/contract';
import { collection, query, where } from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenDoc, listenQuery } from './listen.ts';

/** The tenant document and its bots, live. Bots are listed by `tenantId`, the field the rules allow by. */
export function listenTenant(tenantId: () => string | undefined) {
  const tenant = listenDoc<Tenant>(() => {
    const id = tenantId();
    return id ? paths.tenant(id) : undefined;
  });
  const bots = listenQuery<Bot>(() => {
    const id = tenantId();
    return id ? query(collection(db, 'bots'), where('tenantId', '==', id)) : undefined;
  });
  return { tenant, bots };
}
export type TenantData = ReturnType<typeof listenTenant>;
