import { describe, expect, it } from 'vitest';
import { changeMemberRole } from './changeMemberRole.ts';

describe('changeMemberRole', () => {
  const team = {
    members: { ann: 'owner', bob: 'admin', cat: 'agent' } as const,
    memberEmails: { ann: 'ann@example.com', bob: 'bob@example.com', cat: 'cat@example.com' },
  };

  it('changes a role and removes a member with their email', () => {
    expect(changeMemberRole(team, 'bob', 'owner')).toEqual({
      ok: true,
      members: { ann: 'owner', bob: 'owner', cat: 'agent' },
      memberEmails: team.memberEmails,
    });
    expect(changeMemberRole(team, 'cat', null)).toEqual({
      ok: true,
      members: { ann: 'owner', bob: 'admin' },
      memberEmails: { ann: 'ann@example.com', bob: 'bob@example.com' },
    });
  });

  it('never leaves a tenant without an owner', () => {
    expect(changeMemberRole(team, 'ann', 'admin')).toEqual({ ok: false, reason: 'last_owner' });
    expect(changeMemberRole(team, 'ann', null)).toEqual({ ok: false, reason: 'last_owner' });
    const twoOwners = { members: { ...team.members, bob: 'owner' as const } };
    expect(changeMemberRole(twoOwners, 'ann', null)).toMatchObject({ ok: true, members: { bob: 'owner' } });
  });

  it('refuses someone who is not on the team', () => {
    expect(changeMemberRole(team, 'dan', 'agent')).toEqual({ ok: false, reason: 'not_a_member' });
  });
});
