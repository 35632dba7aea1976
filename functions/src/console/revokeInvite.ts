import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';

/** Owners withdraw a pending invitation; signing in with that address then joins nothing. */
export const revokeInvite = defineCallable('revokeInvite', { maxInstances: 10 }, async ({ uid, input }) => {
  const email = input.email.toLowerCase();
  const inviteRef = db.doc(`${paths.invites(input.tenantId)}/${email}`);
  // Idempotent: withdrawing an invitation that is gone (accepted or withdrawn already) changes nothing.
  await db.runTransaction(async (tx) => {
    const invite = await tx.get(inviteRef);
    if (!invite.exists) return;
    tx.delete(inviteRef);
    recordAudit(tx, {
      tenantId: input.tenantId,
      actorUid: uid,
      action: 'member.inviteRevoked',
      target: `invites/${email}`,
      before: { role: invite.get('role') ?? null },
    });
  });
  return { email };
});
