import { appearanceSchema, availabilitySchema, botSchema, botSettingsSchema } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { changeMemberRole } from './changeMemberRole.ts';
import { hasPermission } from './hasPermission.ts';
import { newBotDocuments } from './newBotDocuments.ts';
import { parseEmailList } from './parseEmailList.ts';
import { retentionExpiry } from './retentionExpiry.ts';
import { parseSignupMode, signupAllowed } from './signupAllowed.ts';
import { toPlainJson } from './toPlainJson.ts';

describe('hasPermission', () => {
  it('gives agents conversations and bookings only', () => {
    expect(hasPermission('agent', 'conversations')).toBe(true);
    expect(hasPermission('agent', 'bookings')).toBe(true);
    expect(hasPermission('agent', 'bots')).toBe(false);
    expect(hasPermission('agent', 'data')).toBe(false);
    expect(hasPermission('agent', 'team')).toBe(false);
  });

  it('gives admins everything but the team, and owners everything', () => {
    expect(hasPermission('admin', 'bots')).toBe(true);
    expect(hasPermission('admin', 'data')).toBe(true);
    expect(hasPermission('admin', 'team')).toBe(false);
    expect(hasPermission('owner', 'team')).toBe(true);
  });
});

describe('parseEmailList', () => {
  it('trims, lowercases and drops empty entries', () => {
    expect(parseEmailList(' Admin@Frontdesk.test, ,ops@example.com ')).toEqual([
      'admin@frontdesk.test',
      'ops@example.com',
    ]);
    expect(parseEmailList('')).toEqual([]);
  });
});

describe('signup', () => {
  it('is open only when the param says exactly open; anything else is invite-only', () => {
    expect(parseSignupMode('open')).toBe('open');
    expect(parseSignupMode(' OPEN ')).toBe('open');
    expect(parseSignupMode('invite')).toBe('invite');
    expect(parseSignupMode('opne')).toBe('invite');
  });

  it('lets only platform admins create tenants when invite-only', () => {
    expect(signupAllowed('open', { platformAdmin: false })).toBe(true);
    expect(signupAllowed('invite', { platformAdmin: false })).toBe(false);
    expect(signupAllowed('invite', { platformAdmin: true })).toBe(true);
  });
});

describe('retentionExpiry', () => {
  const at = Date.parse('2026-03-28T23:30:00Z');

  it('is the retention period after the write, in whole days of 24 hours', () => {
    expect(retentionExpiry(at, 30)?.toISOString()).toBe('2026-04-27T23:30:00.000Z');
    expect(retentionExpiry(at, 1)?.toISOString()).toBe('2026-03-29T23:30:00.000Z');
  });

  it('is null when the tenant keeps conversations', () => {
    expect(retentionExpiry(at, null)).toBeNull();
    expect(retentionExpiry(at, undefined)).toBeNull();
  });
});

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

describe('newBotDocuments', () => {
  it('gives a new bot valid documents that work on a site at once', () => {
    const { bot, settings, availability } = newBotDocuments({
      tenantId: 't1',
      name: 'Bäckerei Sonne',
      timezone: 'Europe/Berlin',
      locale: 'de',
    });
    expect(botSchema.parse(bot)).toEqual(bot);
    expect(appearanceSchema.parse(bot.appearance)).toEqual(bot.appearance);
    expect(botSettingsSchema.parse(settings)).toEqual(settings);
    expect(availabilitySchema.parse(availability)).toEqual(availability);
    expect(bot).toMatchObject({
      tenantId: 't1',
      name: 'Bäckerei Sonne',
      active: true,
      timezone: 'Europe/Berlin',
      appointmentsEnabled: false,
      appearance: { title: 'Bäckerei Sonne', locale: 'de', placeholder: 'Ihre Frage…' },
    });
    expect(bot.appearance.welcomeMessage).toContain('Willkommen bei Bäckerei Sonne');
    expect(settings.systemPrompt).toContain('Bäckerei Sonne');
  });

  it('writes the texts in English for an English bot', () => {
    const { bot } = newBotDocuments({ tenantId: 't1', name: 'Corner Shop', timezone: 'UTC', locale: 'en' });
    expect(bot.appearance.welcomeMessage).toBe('Hi! Welcome to Corner Shop. How can I help you today?');
    expect(bot.appearance.placeholder).toBe('Type your question…');
  });
});

describe('toPlainJson', () => {
  it('turns timestamps into ISO strings at any depth and leaves out secret fields', () => {
    const stamp = { toDate: () => new Date('2026-05-01T08:00:00Z') };
    expect(
      toPlainJson({ text: 'Hi', createdAt: stamp, nested: [{ at: stamp }], cancelTokenHash: 'x' }, ['cancelTokenHash']),
    ).toEqual({ text: 'Hi', createdAt: '2026-05-01T08:00:00.000Z', nested: [{ at: '2026-05-01T08:00:00.000Z' }] });
  });
});
