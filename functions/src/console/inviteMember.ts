import type { Invite } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { buildInviteMail } from '../domain/team/buildInviteMail.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { requireData } from '../lib/documents/requireData.ts';
import { publicOrigin } from '../lib/publicOrigin.ts';
import { refuse } from '../lib/refuse.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';

/**
 * Owners invite by email with a role: a pending invitation at `tenants/{t}/invites/{email}` (accepted by
 * `whoAmI` at the invitee's next sign-in with that address) and an invitation mail, in one transaction.
 * Inviting the same address again replaces the invitation.
 */
export const inviteMember = defineCallable('inviteMember', { maxInstances: 10 }, async ({ uid, input }) => {
  const email = input.email.toLowerCase();
  const tenantRef = refs.tenant(input.tenantId);
  await db.runTransaction(async (tx) => {
    const tenant = requireData(await tx.get(tenantRef));
    const emails = Object.values(tenant.memberEmails ?? {});
    if (emails.includes(email)) {
      throw refuse('invalid-argument', 'invalid_input', `${email} is already on the team; change their role instead.`);
    }
    tx.set(refs.invite(input.tenantId, email), {
      email,
      role: input.role,
      invitedBy: uid,
      createdAt: FieldValue.serverTimestamp(),
    } satisfies Invite);
    enqueueMail(
      tx,
      [
        buildInviteMail({
          email,
          tenantName: tenant.name,
          role: input.role,
          consoleUrl: `${publicOrigin()}/`,
        }),
      ],
      { tenantId: input.tenantId, kind: 'invite' },
    );
  });
  return { email };
});
