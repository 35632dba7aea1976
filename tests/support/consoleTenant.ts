import { type MemberRole, paths, type Tenant } from '@frontdesk/contract';
import { newBotDocuments } from '../../functions/src/domain/bots/newBotDocuments.ts';
import { openAlways } from './bookingBot.ts';
import { db } from './db.ts';
import { type EmailUser, freshEmail, signInWithEmailLink } from './emailSignIn.ts';
import { uniqueId } from './uniqueId.ts';

export interface ConsoleTenant {
  tenantId: string;
  tenantName: string;
  botId: string;
  owner: EmailUser;
  members: Partial<Record<MemberRole, EmailUser>>;
}

/**
 * A tenant whose owner (and optional other members) exist in the Auth emulator, with one bot, so a test can
 * sign in as any of them and find data at once. By default the bot takes appointments around the clock.
 */
export async function seedConsoleTenant(
  options: {
    name?: string;
    otherRoles?: MemberRole[];
    bot?: { name: string; timezone: string; takesAppointments: boolean };
  } = {},
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
  const botOptions = options.bot ?? { name: 'Harbour desk', timezone: 'Europe/Berlin', takesAppointments: true };
  const { bot, settings, availability } = newBotDocuments({
    tenantId,
    name: botOptions.name,
    timezone: botOptions.timezone,
    locale: 'en',
  });
  await Promise.all([
    db.doc(paths.tenant(tenantId)).set(tenant),
    db.doc(paths.bot(botId)).set({ ...bot, appointmentsEnabled: botOptions.takesAppointments }),
    db.doc(paths.botSettings(botId)).set(settings),
    db.doc(paths.availability(botId)).set(botOptions.takesAppointments ? openAlways : availability),
  ]);
  return { tenantId, tenantName: tenant.name, botId, owner, members: Object.fromEntries(others) };
}
