import { type Invite, paths } from '@frontdesk/contract';
import { collection } from 'firebase/firestore';
import { db } from './firebase.ts';
import { listenQuery } from './listen.ts';

/** A tenant's pending invitations, live, where the rules let the member read them (an error otherwise). */
export function listenInvites(tenantId: () => string) {
  return listenQuery<Invite>(() => collection(db, paths.invites(tenantId())));
}
