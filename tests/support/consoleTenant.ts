import { type MemberRole, paths, type Tenant } from '@frontdesk/contract';
import { newBotDocuments } from '../../functions/src/domain/console/newBotDocuments.ts';
import { openAlways } from './bookingBot.ts';
import { type EmailUser, signInWithEmailLink } from './emailSignIn.ts';
import { db, uniqueId } from './emulators.ts';
import { freshEmail } from './team.ts';

export interface ConsoleTenant {
  tenantId: string;
  botId: string;
  owner: EmailUser;
  members: Partial<Record<MemberRole, EmailUser>>;
}

/**
 * A tenant whose owner (and optional other members) exist in the Auth emulator, with one bot that takes
 * appointments around the clock, so a browser test can sign in as any of them and find data at once.
 */
export async function seedConsoleTenant(
  options: { name?: string; otherRoles?: MemberRole[] } = {},
): Promise<ConsoleTenant> {
  const owner = await signInWithEmailLink(freshEmail('owner'));
  const others = await Promise.all(
    (options.otherRoles ?? []).map(async (role) => [role, await signInWithEmailLink(freshEmail(role))] as const),
  );
  const tenantId = uniqueId('tenant');
  const botId = uniqueId('bot');
  const everyone = [['owner', owner] as const, ...others];
  const tenant: Tenant = {
    name: options.name ?? 'Harbour Physio',
    members: Object.fromEntries(everyone.map(([role, user]) => [user.uid, role])),
    memberEmails: Object.fromEntries(everyone.map(([, user]) => [user.uid, user.email])),
    retentionDays: null,
  };
  const { bot, settings } = newBotDocuments({
    tenantId,
    name: 'Harbour desk',
    timezone: 'Europe/Berlin',
    locale: 'en',
  });
  await Promise.all([
    db.doc(paths.tenant(tenantId)).set(tenant),
    db.doc(paths.bot(botId)).set({ ...bot, appointmentsEnabled: true }),
    db.doc(paths.botSettings(botId)).set(settings),
    db.doc(paths.availability(botId)).set(openAlways),
  ]);
  return { tenantId, botId, owner, members: Object.fromEntries(others) };
}
