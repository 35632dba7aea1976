import { paths } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';

/** Owners withdraw a pending invitation; signing in with that address then joins nothing. */
export const revokeInvite = defineCallable('revokeInvite', { maxInstances: 10 }, async ({ input }) => {
  const email = input.email.toLowerCase();
  const inviteRef = db.doc(`${paths.invites(input.tenantId)}/${email}`);
  // Idempotent: withdrawing an invitation that is gone (accepted or withdrawn already) changes nothing.
  await inviteRef.delete();
  return { email };
});
