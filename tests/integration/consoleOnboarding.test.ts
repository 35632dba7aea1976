import {
  type Bot,
  type CreateBotResponse,
  type CreateTenantResponse,
  paths,
  type Tenant,
  type WhoAmIResponse,
} from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { DEMO_PLATFORM_ADMIN_EMAIL } from '../../dev/src/seed/seedDemo.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { signInWithEmailLink } from '../support/emailSignIn.ts';
import { runCallableInProcess } from '../support/runCallableInProcess.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { freshEmail, reasonOf, seedTeam } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';

const newTenant = (overrides: Record<string, unknown> = {}) => ({
  tenantName: `Bakery ${uniqueId('t')}`,
  botName: 'Front desk',
  timezone: 'Europe/Berlin',
  locale: 'de',
  ...overrides,
});

const tenantsNamed = async (name: string) => (await db.collection('tenants').where('name', '==', name).get()).size;

describe('whoAmI', () => {
  it('refuses signed-out calls', async () => {
    const answer = await callFunction('whoAmI', {});
    expect(answer.error).toMatchObject({ status: 'UNAUTHENTICATED', details: { reason: 'unauthenticated' } });
  });

  it('tells a new user who they are, that sign-up is open, and that they belong nowhere yet', async () => {
    const user = await signInWithEmailLink(freshEmail('new'));
    const answer = await callFunction<WhoAmIResponse>('whoAmI', {}, user.idToken);
    expect(answer.result).toEqual({
      uid: user.uid,
      email: user.email,
      platformAdmin: false,
      signupMode: 'open',
      memberships: [],
    });
  });

  it('recognises a platform administrator by the verified email in PLATFORM_ADMIN_EMAILS', async () => {
    const admin = await signInWithEmailLink(DEMO_PLATFORM_ADMIN_EMAIL);
    expect((await callFunction<WhoAmIResponse>('whoAmI', {}, admin.idToken)).result).toMatchObject({
      platformAdmin: true,
    });
    // An anonymous visitor has no email at all, so it can never be one.
    const visitor = await signInAnonymously();
    expect((await callFunction<WhoAmIResponse>('whoAmI', {}, visitor.idToken)).result).toMatchObject({
      email: null,
      platformAdmin: false,
    });
  });
});

describe('createTenant', () => {
  it('creates the tenant with the caller as owner and a first bot that works on a site at once', async () => {
    const user = await signInWithEmailLink(freshEmail('founder'));
    const request = newTenant();
    const answer = await callFunction<CreateTenantResponse>('createTenant', request, user.idToken);
    expect(answer.error).toBeUndefined();
    const { tenantId, botId } = answer.result as CreateTenantResponse;

    const tenant = (await db.doc(paths.tenant(tenantId)).get()).data() as Tenant;
    expect(tenant).toEqual({
      name: request.tenantName,
      members: { [user.uid]: 'owner' },
      memberEmails: { [user.uid]: user.email },
      retentionDays: null,
    });
    const bot = (await db.doc(paths.bot(botId)).get()).data() as Bot;
    expect(bot).toMatchObject({
      tenantId,
      name: 'Front desk',
      active: true,
      timezone: 'Europe/Berlin',
      appointmentsEnabled: false,
      appearance: { title: 'Front desk', locale: 'de', launcherEmoji: '💬', accentColor: '#4f46e5' },
    });
    expect(bot.appearance.welcomeMessage).toContain('Willkommen');
    expect((await db.doc(paths.botSettings(botId)).get()).get('systemPrompt')).toContain('Front desk');
    expect((await db.doc(paths.availability(botId)).get()).exists).toBe(true);
    // No website given: every site, in the settings and in the public copy the loader reads.
    expect(bot.allowedOrigins).toEqual([]);
    expect((await db.doc(paths.botSettings(botId)).get()).get('allowedOrigins')).toEqual([]);

    const me = await callFunction<WhoAmIResponse>('whoAmI', {}, user.idToken);
    expect(me.result?.memberships).toEqual([{ tenantId, tenantName: request.tenantName, role: 'owner' }]);
  });

  it("makes the business's website the first bot's allowed origin", async () => {
    const user = await signInWithEmailLink(freshEmail('website'));
    const answer = await callFunction<CreateTenantResponse>(
      'createTenant',
      newTenant({ website: 'https://bakery.example.com' }),
      user.idToken,
    );
    const { botId } = answer.result as CreateTenantResponse;
    expect((await db.doc(paths.bot(botId)).get()).get('allowedOrigins')).toEqual(['https://bakery.example.com']);
    expect((await db.doc(paths.botSettings(botId)).get()).get('allowedOrigins')).toEqual([
      'https://bakery.example.com',
    ]);
    const withPath = await callFunction(
      'createTenant',
      newTenant({ website: 'https://bakery.example.com/shop' }),
      user.idToken,
    );
    expect(withPath.error?.message).toBe(
      'website: must be an origin like https://example.com or https://*.example.com, without a path',
    );
  });

  it('answers bad input with invalid-argument naming the field, and writes nothing', async () => {
    const user = await signInWithEmailLink(freshEmail('typo'));
    const request = newTenant({ timezone: 'Mars/Olympus', locale: 'fr' });
    const answer = await callFunction('createTenant', request, user.idToken);
    expect(answer.error).toMatchObject({ status: 'INVALID_ARGUMENT', details: { reason: 'invalid_input' } });
    expect(answer.error?.message).toContain('timezone: must be an IANA timezone');
    expect(answer.error?.message).toContain('locale');
    expect(await tenantsNamed(request.tenantName)).toBe(0);
    const blank = await callFunction('createTenant', newTenant({ tenantName: '  ' }), user.idToken);
    expect(blank.error?.message).toBe('tenantName: must not be empty');
  });

  it('refuses anonymous visitors: a workspace needs a verified email', async () => {
    const visitor = await signInAnonymously();
    const request = newTenant();
    const answer = await callFunction('createTenant', request, visitor.idToken);
    expect(answer.error).toMatchObject({ status: 'UNAUTHENTICATED', details: { reason: 'unauthenticated' } });
    expect(await tenantsNamed(request.tenantName)).toBe(0);
  });

  it('when sign-up is invite-only, refuses everyone but platform administrators', async () => {
    applyFunctionParams({ SIGNUP_MODE: 'invite' });
    const { createTenant } = await import('../../functions/src/console/createTenant.ts');
    const { whoAmI } = await import('../../functions/src/console/whoAmI.ts');
    const someone = { email: freshEmail('closed'), email_verified: true };
    const request = newTenant();

    const refused = await runCallableInProcess(createTenant, request, uniqueId('uid'), someone);
    expect(refused.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'signup_closed' } });
    expect(refused.error?.message).toContain('invitation');
    expect(await tenantsNamed(request.tenantName)).toBe(0);
    const me = await runCallableInProcess<WhoAmIResponse>(whoAmI, {}, uniqueId('uid'), someone);
    expect(me.result?.signupMode).toBe('invite');

    const admin = { email: DEMO_PLATFORM_ADMIN_EMAIL, email_verified: true };
    const allowed = await runCallableInProcess<CreateTenantResponse>(createTenant, request, uniqueId('uid'), admin);
    expect(allowed.error).toBeUndefined();
    expect(await tenantsNamed(request.tenantName)).toBe(1);
    // An unverified address counts for nothing, not even a listed one.
    const unverified = await runCallableInProcess(createTenant, newTenant(), uniqueId('uid'), {
      email: DEMO_PLATFORM_ADMIN_EMAIL,
      email_verified: false,
    });
    expect(reasonOf(unverified)).toBe('unauthenticated');
  });
});

describe('tenant limit', () => {
  it('lets one person own MAX_TENANTS_PER_USER tenants and refuses the next, but not a platform administrator', async () => {
    applyFunctionParams({ SIGNUP_MODE: 'open', MAX_TENANTS_PER_USER: '2' });
    const { createTenant } = await import('../../functions/src/console/createTenant.ts');
    const founder = { uid: uniqueId('uid'), token: { email: freshEmail('serial'), email_verified: true } };
    const create = (request: Record<string, unknown>, who = founder) =>
      runCallableInProcess<CreateTenantResponse>(createTenant, request, who.uid, who.token);

    for (const _ of [1, 2]) expect((await create(newTenant())).error).toBeUndefined();
    const third = newTenant();
    const refused = await create(third);
    expect(refused.error).toMatchObject({ status: 'RESOURCE_EXHAUSTED', details: { reason: 'tenant_limit' } });
    expect(refused.error?.message).toContain('You already own 2 businesses');
    expect(await tenantsNamed(third.tenantName)).toBe(0);

    const admin = { uid: uniqueId('uid'), token: { email: DEMO_PLATFORM_ADMIN_EMAIL, email_verified: true } };
    for (const _ of [1, 2, 3]) expect((await create(newTenant(), admin)).error).toBeUndefined();
  });
});

describe('createBot', () => {
  it('lets owners and admins add a bot with defaults, and refuses agents and other tenants', async () => {
    const team = await seedTeam();
    const other = await seedTeam();
    const request = { tenantId: team.tenantId, name: 'Second desk', timezone: 'America/New_York', locale: 'en' };

    for (const user of [team.owner, team.admin]) {
      const answer = await callFunction<CreateBotResponse>('createBot', request, user.idToken);
      expect(answer.error).toBeUndefined();
      const bot = (await db.doc(paths.bot((answer.result as CreateBotResponse).botId)).get()).data() as Bot;
      expect(bot).toMatchObject({
        tenantId: team.tenantId,
        active: true,
        timezone: 'America/New_York',
        appearance: { title: 'Second desk', placeholder: 'Type your question…' },
      });
    }
    const botsBefore = (await db.collection('bots').where('tenantId', '==', team.tenantId).get()).size;

    const byAgent = await callFunction('createBot', request, team.agent.idToken);
    expect(byAgent.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'role_forbidden' } });
    const byOtherOwner = await callFunction('createBot', request, other.owner.idToken);
    expect(byOtherOwner.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'not_a_member' } });
    const bad = await callFunction('createBot', { ...request, name: 'x'.repeat(81) }, team.owner.idToken);
    expect(bad.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    expect(bad.error?.message).toBe('name: must be at most 80 characters');

    expect((await db.collection('bots').where('tenantId', '==', team.tenantId).get()).size).toBe(botsBefore);
  });
});

describe('invitations', () => {
  it('adds an invited person to the team at their next sign-in, once, with the invited role', async () => {
    const team = await seedTeam();
    const email = freshEmail('invitee');
    const invited = await callFunction<{ email: string; mailed: boolean }>(
      'inviteMember',
      { tenantId: team.tenantId, email: email.toUpperCase(), role: 'agent' },
      team.owner.idToken,
    );
    expect(invited.result).toEqual({ email, mailed: true });
    expect((await db.doc(`${paths.invites(team.tenantId)}/${email}`).get()).data()).toMatchObject({
      email,
      role: 'agent',
      invitedBy: team.owner.uid,
    });

    const invitee = await signInWithEmailLink(email);
    const me = await callFunction<WhoAmIResponse>('whoAmI', {}, invitee.idToken);
    expect(me.result?.memberships).toEqual([{ tenantId: team.tenantId, tenantName: team.tenantName, role: 'agent' }]);
    const tenant = (await db.doc(paths.tenant(team.tenantId)).get()).data() as Tenant;
    expect(tenant.members[invitee.uid]).toBe('agent');
    expect(tenant.memberEmails?.[invitee.uid]).toBe(email);
    expect((await db.doc(`${paths.invites(team.tenantId)}/${email}`).get()).exists).toBe(false);

    const again = await callFunction<WhoAmIResponse>('whoAmI', {}, invitee.idToken);
    expect(again.result?.memberships).toHaveLength(1);
  });

  it('never demotes someone already on the team through an invitation', async () => {
    const team = await seedTeam();
    // Written directly: inviteMember refuses addresses already on the team, but a member may change address.
    await db.doc(`${paths.invites(team.tenantId)}/${team.owner.email}`).set({
      email: team.owner.email,
      role: 'agent',
      invitedBy: team.admin.uid,
      createdAt: new Date(),
    });
    const me = await callFunction<WhoAmIResponse>('whoAmI', {}, team.owner.idToken);
    expect(me.result?.memberships).toEqual([expect.objectContaining({ tenantId: team.tenantId, role: 'owner' })]);
    expect((await db.doc(`${paths.invites(team.tenantId)}/${team.owner.email}`).get()).exists).toBe(false);
  });
});
