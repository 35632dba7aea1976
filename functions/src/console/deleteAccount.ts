import { getAuth } from 'firebase-admin/auth';
import { FieldPath } from 'firebase-admin/firestore';
import { deleteTenantData } from '../deletion/deleteOwnedData.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { log } from '../lib/log.ts';
import { refuse } from '../lib/refuse.ts';
import { removeFromTeam } from './removeFromTeam.ts';

/**
 * A person deletes their console account: businesses where they are the whole team are deleted with everything
 * in them, they leave every other team, then the Auth account goes. While they are the only owner of a team with
 * other people, nothing changes (`last_owner`): that team needs a new owner or a deletion first. The address
 * typed as confirmation must be theirs.
 */
export const deleteAccount = defineCallable(
  'deleteAccount',
  { maxInstances: 5, timeoutSeconds: 540, memory: '512MiB' },
  async ({ caller, input }) => {
    if (!caller.verifiedEmail || input.confirmEmail.trim().toLowerCase() !== caller.verifiedEmail.toLowerCase()) {
      throw refuse(
        'failed-precondition',
        'confirmation_mismatch',
        'Type your email address exactly to delete your account.',
      );
    }
    const tenants = await refs
      .tenants()
      .where(new FieldPath('members', caller.uid), 'in', ['owner', 'admin', 'agent'])
      .get();
    const alone = tenants.docs.filter((tenant) => Object.keys(tenant.data().members).length === 1);
    const blocking = tenants.docs.find((tenant) => {
      const { members } = tenant.data();
      const owners = Object.values(members).filter((role) => role === 'owner').length;
      return Object.keys(members).length > 1 && members[caller.uid] === 'owner' && owners === 1;
    });
    if (blocking) {
      throw refuse(
        'failed-precondition',
        'last_owner',
        `You are the only owner of ${blocking.data().name}: make someone else an owner first, or delete the business.`,
      );
    }
    for (const tenant of tenants.docs) {
      if (!alone.includes(tenant)) await db.runTransaction((tx) => removeFromTeam(tx, tenant.id, caller.uid));
    }
    for (const tenant of alone) await deleteTenantData(tenant.id);
    await getAuth().deleteUser(caller.uid);
    log.info('account.deleted', { actorUid: caller.uid, deletedTenantIds: alone.map((tenant) => tenant.id) });
    return { deletedTenants: alone.map((tenant) => tenant.id) };
  },
);
