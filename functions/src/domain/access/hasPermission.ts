import { type MemberRole, type Permission, rolePermissions } from '@frontdesk/contract';

/** Whether a role may do what `permission` covers (see `rolePermissions` in the contract). */
export function hasPermission(role: MemberRole, permission: Permission): boolean {
  return (rolePermissions[role] as readonly string[]).includes(permission);
}
