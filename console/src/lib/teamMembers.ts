import { type MemberRole, memberRoleSchema, type Tenant } from '@frontdesk/contract';

export interface TeamMember {
  uid: string;
  role: MemberRole;
  /** The member's address, or the uid when the tenant has none on record. */
  email: string;
}

/** A tenant's members, owners first, then admins and agents, each by address. */
export function teamMembers(tenant: Tenant | null | undefined): TeamMember[] {
  if (!tenant) return [];
  const roles = memberRoleSchema.options;
  return Object.entries(tenant.members)
    .map(([uid, role]) => ({ uid, role, email: tenant.memberEmails?.[uid] ?? uid }))
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || a.email.localeCompare(b.email));
}
