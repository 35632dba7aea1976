import { type BotSettings, paths } from '@frontdesk/contract';
import type { Transaction } from 'firebase-admin/firestore';
import { recordAudit } from '../audit/recordAudit.ts';
import { changeMemberRole } from '../domain/team/changeMemberRole.ts';
import { db } from '../lib/admin.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Takes `uid` off a tenant's team in the caller's transaction: out of the members, their address out of every
 * bot's notification emails (nobody is mailed for a team they left), recorded as `member.leave`. The last
 * owner cannot leave (`last_owner`). Reads first, as a transaction must.
 */
export async function removeFromTeam(tx: Transaction, tenantId: string, uid: string): Promise<void> {
  const tenantRef = refs.tenant(tenantId);
  const tenant = (await tx.get(tenantRef)).data();
  if (!tenant) throw refuse('permission-denied', 'not_a_member', 'You are not on this team.');
  const change = changeMemberRole(tenant, uid, null);
  if (!change.ok && change.reason === 'not_a_member') {
    throw refuse('permission-denied', 'not_a_member', 'You are not on this team.');
  }
  if (!change.ok) {
    throw refuse(
      'failed-precondition',
      'last_owner',
      `You are the only owner of ${tenant.name}: make someone else an owner first, or delete the business.`,
    );
  }
  const email = tenant.memberEmails?.[uid];
  const bots = await tx.get(db.collection('bots').where('tenantId', '==', tenantId).select());
  const settings = email ? await Promise.all(bots.docs.map((bot) => tx.get(db.doc(paths.botSettings(bot.id))))) : [];
  tx.update(tenantRef, { members: change.members, memberEmails: change.memberEmails });
  for (const stored of settings) {
    const emails = (stored.get('notificationEmails') as BotSettings['notificationEmails'] | undefined) ?? [];
    if (emails.includes(email as string)) {
      tx.update(stored.ref, { notificationEmails: emails.filter((address) => address !== email) });
    }
  }
  recordAudit(tx, {
    tenantId,
    actorUid: uid,
    action: 'member.leave',
    target: `members/${uid}`,
    before: { role: tenant.members[uid] ?? null },
  });
}
