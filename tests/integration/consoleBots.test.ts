import {
  type Availability,
  type Bot,
  type BotSettings,
  defaultAvailability,
  defaultBotSettings,
  type ListTenantsResponse,
  paths,
  validationMessages,
} from '@frontdesk/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PLATFORM_ADMIN_EMAIL } from '../../dev/src/seed/seedDemo.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { signInWithEmailLink } from '../support/emailSignIn.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { reasonOf, seedTeam, type Team } from '../support/team.ts';

const botOf = async (botId: string) => (await db.doc(paths.bot(botId)).get()).data() as Bot;

let team: Team;
let other: Team;
beforeEach(async () => {
  [team, other] = await Promise.all([seedTeam(), seedTeam()]);
});

describe('updateBot', () => {
  it('changes only the named fields, for owners and admins', async () => {
    const before = await botOf(team.botId);
    const appearance = { ...before.appearance, accentColor: '#be123c', position: 'bottom-left' as const };
    const answer = await callFunction(
      'updateBot',
      { botId: team.botId, appearance, appointmentsEnabled: true },
      team.admin.idToken,
    );
    expect(answer.result).toEqual({ botId: team.botId });
    expect(await botOf(team.botId)).toEqual({ ...before, appearance, appointmentsEnabled: true });

    await callFunction('updateBot', { botId: team.botId, active: false, name: 'Renamed' }, team.owner.idToken);
    expect(await botOf(team.botId)).toMatchObject({ active: false, name: 'Renamed', appearance });
  });

  it('refuses agents, other tenants, visitors and bad input, changing nothing', async () => {
    const before = await botOf(team.botId);
    const visitor = await signInAnonymously();
    const change = { botId: team.botId, active: false };
    expect(reasonOf(await callFunction('updateBot', change, team.agent.idToken))).toBe('role_forbidden');
    expect(reasonOf(await callFunction('updateBot', change, other.owner.idToken))).toBe('not_a_member');
    expect(reasonOf(await callFunction('updateBot', change, visitor.idToken))).toBe('not_a_member');
    expect(reasonOf(await callFunction('updateBot', change))).toBe('unauthenticated');

    const badColour = await callFunction(
      'updateBot',
      { botId: team.botId, appearance: { ...before.appearance, accentColor: 'red; background: url(x)' } },
      team.owner.idToken,
    );
    // The message names the field; the issues let the console say it in its own language.
    expect(badColour.error).toMatchObject({
      status: 'INVALID_ARGUMENT',
      details: {
        reason: 'invalid_input',
        issues: [
          {
            path: ['appearance', 'accentColor'],
            code: 'invalid_format',
            format: 'regex',
            message: validationMessages.hexColour,
          },
        ],
      },
    });
    expect(badColour.error?.message).toBe('appearance.accentColor: must be a hex colour such as #4f46e5');
    // `suspended` belongs to platform administrators: the strict schema refuses it.
    const selfUnsuspend = await callFunction('updateBot', { botId: team.botId, suspended: false }, team.owner.idToken);
    expect(selfUnsuspend.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    expect(selfUnsuspend.error?.message).toContain('suspended');
    const badZone = await callFunction('updateBot', { botId: team.botId, timezone: 'Berlin' }, team.owner.idToken);
    expect(badZone.error?.message).toBe('timezone: must be an IANA timezone such as Europe/Berlin');

    expect(await botOf(team.botId)).toEqual(before);
  });
});

describe('updateBotSettings and saveAvailability', () => {
  it('replace the private documents for owners and admins', async () => {
    const settings: BotSettings = {
      ...defaultBotSettings,
      systemPrompt: 'You are the desk of a bakery.',
      allowedOrigins: ['https://bakery.example.com'],
      // Notification addresses must be team members' verified emails.
      notificationEmails: [team.agent.email],
    };
    expect((await callFunction('updateBotSettings', { botId: team.botId, settings }, team.admin.idToken)).error).toBe(
      undefined,
    );
    expect((await db.doc(paths.botSettings(team.botId)).get()).data()).toEqual(settings);
    // The public copy the loader reads changes with them.
    expect((await db.doc(paths.bot(team.botId)).get()).get('allowedOrigins')).toEqual(['https://bakery.example.com']);

    const availability: Availability = { ...defaultAvailability, bufferMinutes: 15, closedDates: ['2026-12-24'] };
    const saved = await callFunction('saveAvailability', { botId: team.botId, availability }, team.owner.idToken);
    expect(saved.result).toEqual({ botId: team.botId });
    expect((await db.doc(paths.availability(team.botId)).get()).data()).toEqual(availability);
  });

  it('refuse agents, other tenants and bad input, changing nothing', async () => {
    const settingsBefore = (await db.doc(paths.botSettings(team.botId)).get()).data();
    const availabilityBefore = (await db.doc(paths.availability(team.botId)).get()).data();
    const settings = { ...defaultBotSettings, systemPrompt: 'hijacked' };
    const availability = { ...defaultAvailability, bufferMinutes: 5 };

    for (const user of [team.agent, other.owner]) {
      const a = await callFunction('updateBotSettings', { botId: team.botId, settings }, user.idToken);
      const b = await callFunction('saveAvailability', { botId: team.botId, availability }, user.idToken);
      expect([reasonOf(a), reasonOf(b)]).toEqual(
        user === team.agent ? ['role_forbidden', 'role_forbidden'] : ['not_a_member', 'not_a_member'],
      );
    }
    const badOrigin = await callFunction(
      'updateBotSettings',
      { botId: team.botId, settings: { ...settings, allowedOrigins: ['https://shop.example.com/path'] } },
      team.owner.idToken,
    );
    expect(badOrigin.error?.message).toBe(
      'settings.allowedOrigins.0: must be an origin like https://example.com or https://*.example.com, without a path',
    );
    const badHours = await callFunction(
      'saveAvailability',
      { botId: team.botId, availability: { ...availability, bufferMinutes: 7 } },
      team.owner.idToken,
    );
    expect(badHours.error?.message).toBe('availability.bufferMinutes: must be a multiple of 5 minutes');

    expect((await db.doc(paths.botSettings(team.botId)).get()).data()).toEqual(settingsBefore);
    expect((await db.doc(paths.availability(team.botId)).get()).data()).toEqual(availabilityBefore);
  });
});

describe('platform administrators', () => {
  it('list every tenant with its owners and bots; nobody else may', async () => {
    const admin = await signInWithEmailLink(DEMO_PLATFORM_ADMIN_EMAIL);
    const answer = await callFunction<ListTenantsResponse>('listTenants', {}, admin.idToken);
    const listed = answer.result?.tenants.find((tenant) => tenant.tenantId === team.tenantId);
    expect(listed).toEqual({
      tenantId: team.tenantId,
      name: team.tenantName,
      ownerEmails: [team.owner.email],
      bots: [{ botId: team.botId, name: 'Test bot', active: true, suspended: false, review: null }],
    });
    const byOwner = await callFunction('listTenants', {}, team.owner.idToken);
    expect(byOwner.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'not_platform_admin' } });
  });

  it('suspend a bot: sendMessage refuses it whatever the tenant does, until the suspension is lifted', async () => {
    await fakeModel.reset();
    const admin = await signInWithEmailLink(DEMO_PLATFORM_ADMIN_EMAIL);
    const visitor = await signInAnonymously();
    const refusedOwner = await callFunction(
      'setBotSuspended',
      { botId: team.botId, suspended: true },
      team.owner.idToken,
    );
    expect(reasonOf(refusedOwner)).toBe('not_platform_admin');
    expect((await botOf(team.botId)).suspended).toBe(false);

    const suspended = await callFunction('setBotSuspended', { botId: team.botId, suspended: true }, admin.idToken);
    expect(suspended.result).toEqual({ botId: team.botId, suspended: true });
    await callFunction('updateBot', { botId: team.botId, active: true }, team.owner.idToken);
    const send = () => callFunction('sendMessage', { botId: team.botId, text: 'Hello?' }, visitor.idToken);
    const refused = await send();
    expect(refused.error).toMatchObject({ status: 'FAILED_PRECONDITION', details: { reason: 'bot_inactive' } });
    expect((await db.collection(paths.conversations(team.botId)).get()).size).toBe(0);

    await callFunction('setBotSuspended', { botId: team.botId, suspended: false }, admin.idToken);
    expect((await send()).error).toBeUndefined();

    const unknown = await callFunction('setBotSuspended', { botId: 'no-such-bot', suspended: true }, admin.idToken);
    expect(unknown.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'bot_not_found' } });
    const bad = await callFunction('setBotSuspended', { botId: team.botId, suspended: 'yes' }, admin.idToken);
    expect(bad.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
  });
});
