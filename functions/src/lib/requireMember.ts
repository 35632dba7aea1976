import { type MemberRole, paths, type Tenant } from '@frontdesk/contract';
import { db } from './admin.ts';
import { refuse } from './refuse.ts';

/** The caller's role in the tenant that owns `botId`; refuses anyone who is not a member. */
export async function requireMember(uid: string, botId: string): Promise<{ tenantId: string; role: MemberRole }> {
  const bot = await db.doc(paths.bot(botId)).get();
  const tenantId = bot.get('tenantId') as string | undefined;
  const tenant = tenantId ? ((await db.doc(paths.tenant(tenantId)).get()).data() as Tenant | undefined) : undefined;
  const role = tenant?.members[uid];
  if (!tenantId || !role) {
    throw refuse('permission-denied', 'not_a_member', 'Only members of the team that owns this bot can do this.');
  }
  return { tenantId, role };
}
