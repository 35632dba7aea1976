import { recordAudit } from '../audit/recordAudit.ts';
import { changeMemberRole } from '../domain/team/changeMemberRole.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { requireData } from '../lib/documents/requireData.ts';
import { refuse } from '../lib/refuse.ts';

/** Owners change a member's role or remove them (`role: null`); the last owner is always kept. */
export const setMemberRole = defineCallable('setMemberRole', { maxInstances: 10 }, async ({ uid, input }) => {
  const tenantRef = refs.tenant(input.tenantId);
  await db.runTransaction(async (tx) => {
    const tenant = requireData(await tx.get(tenantRef));
    const change = changeMemberRole(tenant, input.uid, input.role);
    if (!change.ok && change.reason === 'not_a_member') {
      throw refuse('not-found', 'not_a_member', 'That person is not on the team.');
    }
    if (!change.ok) {
      throw refuse(
        'failed-precondition',
        'last_owner',
        'A team needs at least one owner: make someone else an owner first.',
      );
    }
    tx.update(tenantRef, { members: change.members, memberEmails: change.memberEmails });
    recordAudit(tx, {
      tenantId: input.tenantId,
      actorUid: uid,
      action: input.role === null ? 'member.remove' : 'member.role',
      target: `members/${input.uid}`,
      before: { role: tenant.members[input.uid] ?? null },
      after: { role: input.role },
    });
  });
  return { uid: input.uid };
});
