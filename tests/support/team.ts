import { type MemberRole, paths, type Tenant } from '@frontdesk/contract';
import { newBotDocuments } from '../../functions/src/domain/console/newBotDocuments.ts';
import { type EmailUser, signInWithEmailLink } from './emailSignIn.ts';
import { db, uniqueId } from './emulators.ts';

export interface Team {
  tenantId: string;
  botId: string;
  owner: EmailUser;
  admin: EmailUser;
  agent: EmailUser;
}

/** A fresh address at the Auth emulator, so tests never share accounts. */
export const freshEmail = (name: string) => `${name}-${uniqueId('u').slice(2)}@example.com`;

/** A tenant with an owner, an admin and an agent (signed in by email link) and one bot with default documents. */
export async function seedTeam(): Promise<Team> {
  const [owner, admin, agent] = await Promise.all(
    ['owner', 'admin', 'agent'].map((name) => signInWithEmailLink(freshEmail(name))),
  );
  const tenantId = uniqueId('tenant');
  const botId = uniqueId('bot');
  const users = { owner, admin, agent } as Record<MemberRole, EmailUser>;
  const tenant: Tenant = {
    name: `Team ${tenantId}`,
    members: Object.fromEntries(Object.entries(users).map(([role, user]) => [user.uid, role as MemberRole])),
    memberEmails: Object.fromEntries(Object.values(users).map((user) => [user.uid, user.email])),
    retentionDays: null,
  };
  const { bot, settings, availability } = newBotDocuments({
    tenantId,
    name: 'Test bot',
    timezone: 'UTC',
    locale: 'en',
  });
  await Promise.all([
    db.doc(paths.tenant(tenantId)).set(tenant),
    db.doc(paths.bot(botId)).set(bot),
    db.doc(paths.botSettings(botId)).set(settings),
    db.doc(paths.availability(botId)).set(availability),
  ]);
  return { tenantId, botId, owner: owner as EmailUser, admin: admin as EmailUser, agent: agent as EmailUser };
}

/** `details.reason` of a refused call. */
export const reasonOf = (answer: { error?: { details?: unknown } }) =>
  (answer.error?.details as { reason?: string } | undefined)?.reason;
