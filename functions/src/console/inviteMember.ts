import type { Invite } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { inviteResendCooldownMinutes, invitesPerTenantPerDay } from '../config.ts';
import { DAY_MS } from '../domain/limits/rateLimitWindows.ts';
import { buildInviteMail } from '../domain/team/buildInviteMail.ts';
import { invitationMailDue } from '../domain/team/invitationMailDue.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { getAllTyped } from '../lib/documents/getAllTyped.ts';
import { refs } from '../lib/documents/refs.ts';
import { requireData } from '../lib/documents/requireData.ts';
import { publicOrigin } from '../lib/publicOrigin.ts';
import { refuse } from '../lib/refuse.ts';
import { claimRateLimits } from '../limits/enforceRateLimits.ts';
import { enqueueMail } from '../mail/enqueueMail.ts';

/**
 * Owners invite by email with a role: a pending invitation at `tenants/{t}/invites/{email}` (accepted by
 * `whoAmI` at the invitee's next sign-in with that address) and an invitation mail, in one transaction.
 * Inviting the same address again replaces the invitation, but mails it again only after
 * INVITE_RESEND_COOLDOWN_MINUTES (`mailed: false` says none was sent); a tenant sends at most
 * INVITES_PER_TENANT_PER_DAY invitation mails a day (`rate_limited`, nothing written).
 */
export const inviteMember = defineCallable('inviteMember', { maxInstances: 10 }, async ({ uid, input }) => {
  const email = input.email.toLowerCase();
  const inviteRef = refs.invite(input.tenantId, email);
  const now = Date.now();
  const mailed = await db.runTransaction(async (tx) => {
    const [tenantSnapshot, earlierSnapshot] = await getAllTyped(tx, refs.tenant(input.tenantId), inviteRef);
    const tenant = requireData(tenantSnapshot);
    const emails = Object.values(tenant.memberEmails ?? {});
    if (emails.includes(email)) {
      throw refuse('invalid-argument', 'invalid_input', `${email} is already on the team; change their role instead.`);
    }
    const earlier = earlierSnapshot.data();
    // Invitations from before `mailedAt` existed were mailed when they were made.
    const lastMailed = earlier?.mailedAt ?? earlier?.createdAt;
    const lastMailedAt = lastMailed instanceof Timestamp ? lastMailed.toMillis() : null;
    const mailDue = invitationMailDue(lastMailedAt, now, inviteResendCooldownMinutes.value());
    if (mailDue) {
      await claimRateLimits(
        tx,
        [
          {
            key: `invites:${input.tenantId}`,
            limit: invitesPerTenantPerDay.value(),
            windowMs: DAY_MS,
            shards: 1,
            refusal: 'Your business has sent the most invitations allowed today. Please try again tomorrow.',
          },
        ],
        now,
      );
    }
    tx.set(inviteRef, {
      email,
      role: input.role,
      invitedBy: uid,
      createdAt: FieldValue.serverTimestamp(),
      mailedAt: mailDue ? Timestamp.fromMillis(now) : lastMailed,
    } satisfies Invite);
    recordAudit(tx, {
      tenantId: input.tenantId,
      actorUid: uid,
      action: 'member.invite',
      target: `invites/${email}`,
      before: earlier ? { role: earlier.role } : null,
      after: { role: input.role },
    });
    if (mailDue) {
      enqueueMail(
        tx,
        [
          buildInviteMail({
            email,
            tenantName: tenant.name,
            role: input.role,
            consoleUrl: `${publicOrigin()}/`,
            language: input.language,
          }),
        ],
        { tenantId: input.tenantId, kind: 'invite' },
      );
    }
    return mailDue;
  });
  return { email, mailed };
});
