import type { Bot, MemberRole, Permission, Tenant } from '@frontdesk/contract';
import { hasPermission } from '../domain/access/hasPermission.ts';
import { refs } from './documents/refs.ts';
import { refuse } from './refuse.ts';

export interface TenantAccess {
  tenantId: string;
  tenant: Tenant;
  role: MemberRole;
}

const permissionWords: Record<Permission, string> = {
  conversations: 'handle conversations',
  bookings: 'handle bookings',
  bots: 'change bots and their settings',
  data: 'export or delete conversations',
  team: 'manage the team and the retention period',
};

/** The caller's role in a tenant; refuses non-members (`not_a_member`) and roles without the permission. */
export async function requireTenantPermission(
  uid: string,
  tenantId: string,
  permission: Permission,
): Promise<TenantAccess> {
  const tenant = (await refs.tenant(tenantId).get()).data();
  const role = tenant?.members[uid];
  if (!tenant || !role) {
    throw refuse('permission-denied', 'not_a_member', 'Only members of this team can do this.');
  }
  if (!hasPermission(role, permission)) {
    throw refuse(
      'permission-denied',
      'role_forbidden',
      `As ${role === 'agent' ? 'an agent' : `an ${role}`} you may not ${permissionWords[permission]}; ask an owner.`,
    );
  }
  return { tenantId, tenant, role };
}

/** As `requireTenantPermission`, for the tenant that owns `botId`; also returns the bot. */
export async function requireBotPermission(
  uid: string,
  botId: string,
  permission: Permission,
): Promise<TenantAccess & { bot: Bot }> {
  const bot = (await refs.bot(botId).get()).data();
  if (!bot) throw refuse('not-found', 'bot_not_found', `There is no bot "${botId}".`);
  return { ...(await requireTenantPermission(uid, bot.tenantId, permission)), bot };
}
