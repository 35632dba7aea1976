import type { MemberRole } from '@frontdesk/contract';

export type MemberChange =
  | { ok: true; members: Record<string, MemberRole>; memberEmails: Record<string, string> }
  | { ok: false; reason: 'not_a_member' | 'last_owner' };

/**
 * The team after giving `uid` a new role (`null` removes them). A tenant always keeps an owner: demoting or
 * removing the only one is refused, so nobody can lock a business out of its own console.
 */
export function changeMemberRole(
  team: { members: Record<string, MemberRole>; memberEmails?: Record<string, string> },
  uid: string,
  role: MemberRole | null,
): MemberChange {
  if (!(uid in team.members)) return { ok: false, reason: 'not_a_member' };
  const members = { ...team.members };
  const memberEmails = { ...team.memberEmails };
  if (role) {
    members[uid] = role;
  } else {
    delete members[uid];
    delete memberEmails[uid];
  }
  if (!Object.values(members).includes('owner')) return { ok: false, reason: 'last_owner' };
  return { ok: true, members, memberEmails };
}
