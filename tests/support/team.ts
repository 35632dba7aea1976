import { seedConsoleTenant } from './consoleTenant.ts';
import type { EmailUser } from './emailSignIn.ts';
import { uniqueId } from './uniqueId.ts';

export { freshEmail } from './emailSignIn.ts';

export interface Team {
  tenantId: string;
  tenantName: string;
  botId: string;
  owner: EmailUser;
  admin: EmailUser;
  agent: EmailUser;
}

/** A tenant with an owner, an admin and an agent (signed in by email link) and one bot with default documents. */
export async function seedTeam(): Promise<Team> {
  const { members, ...seeded } = await seedConsoleTenant({
    name: `Team ${uniqueId('t')}`,
    otherRoles: ['admin', 'agent'],
    bot: { name: 'Test bot', timezone: 'UTC', takesAppointments: false },
  });
  return { ...seeded, admin: members.admin as EmailUser, agent: members.agent as EmailUser };
}

/** `details.reason` of a refused call. */
export const reasonOf = (answer: { error?: { details?: unknown } }) =>
  (answer.error?.details as { reason?: string } | undefined)?.reason;
