import type { MemberRole } from '@frontdesk/contract';
import { FieldPath } from 'firebase-admin/firestore';
import { db } from '../lib/admin.ts';
import { signupMode } from '../lib/callerIdentity.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { converters } from '../lib/documents/converters.ts';
import { getAllTyped } from '../lib/documents/getAllTyped.ts';
import { refs } from '../lib/documents/refs.ts';

const ROLES: MemberRole[] = ['owner', 'admin', 'agent'];

/**
 * The signed-in user's tenants and rights. First accepts every pending invitation to the caller's verified
 * email (an email-link sign-in verifies it), so an invited person lands in their team on first sign-in.
 */
export const whoAmI = defineCallable('whoAmI', { maxInstances: 20 }, async ({ caller }) => {
  if (caller.verifiedEmail) await acceptInvites(caller.uid, caller.verifiedEmail);

  const tenants = await refs.tenants().where(new FieldPath('members', caller.uid), 'in', ROLES).get();
  return {
    uid: caller.uid,
    email: caller.verifiedEmail,
    platformAdmin: caller.platformAdmin,
    signupMode: signupMode(),
    memberships: tenants.docs
      .map((doc) => {
        const tenant = doc.data();
        return { tenantId: doc.id, tenantName: tenant.name, role: tenant.members[caller.uid] as MemberRole };
      })
      .sort((a, b) => a.tenantName.localeCompare(b.tenantName)),
  };
});

/**
 * Adds the caller to every tenant that invited their email and deletes the invitations, one transaction per
 * tenant. Someone already on the team keeps their role: an invitation never demotes anyone.
 */
async function acceptInvites(uid: string, email: string): Promise<void> {
  const invites = await refs.allInvites().where('email', '==', email).get();
  for (const invite of invites.docs) {
    const tenantOfInvite = invite.ref.parent.parent;
    // Only invitations at tenants/{tenantId}/invites/{email}.
    if (tenantOfInvite?.parent.id !== 'tenants') continue;
    const tenantRef = tenantOfInvite.withConverter(converters.tenant);
    await db.runTransaction(async (tx) => {
      const [tenantSnapshot, inviteSnapshot] = await getAllTyped(tx, tenantRef, invite.ref);
      const tenant = tenantSnapshot.data();
      const pending = inviteSnapshot.data();
      if (!pending) return; // accepted meanwhile by another tab
      tx.delete(invite.ref);
      if (!tenant || uid in tenant.members) return;
      tx.update(tenantRef, new FieldPath('members', uid), pending.role, new FieldPath('memberEmails', uid), email);
    });
  }
}
