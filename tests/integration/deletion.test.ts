import {
  type AuditEntry,
  type BookSlotResponse,
  type CreateApiKeyResponse,
  paths,
  type SendMessageResponse,
} from '@frontdesk/contract';
import { getAuth } from 'firebase-admin/auth';
import { beforeEach, describe, expect, it } from 'vitest';
import { allDocuments } from '../support/allDocuments.ts';
import { apiFetch } from '../support/apiKey.ts';
import { freeSlots } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { freshEmail, signInWithEmailLink } from '../support/emailSignIn.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { reasonOf } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';

/**
 * Deleting what you own (owner: a bot, the business; member: leaving; anyone: their account), and the audit
 * log that records the changes. Completeness is checked against the whole emulator: every collection, every
 * document, every field.
 */

let team: ConsoleTenant;
beforeEach(async () => {
  team = await seedConsoleTenant({ otherRoles: ['admin'] });
});

/** Fills a bot with what visitors and the team leave behind: a conversation, a booking, mails, counters. */
async function useBot(botId: string) {
  const visitor = await signInAnonymously();
  const marker = uniqueId('hello');
  await fakeModel.script({ match: marker, text: 'Hello there.' });
  const sent = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);
  expect(sent.error).toBeUndefined();
  const { slots } = await freeSlots(botId, visitor.idToken);
  const booked = await callFunction<BookSlotResponse>(
    'bookSlot',
    {
      botId,
      conversationId: sent.result?.conversationId,
      start: slots[0],
      durationMinutes: 30,
      name: 'Ada Lovelace',
      email: freshEmail('visitor'),
    },
    visitor.idToken,
  );
  expect(booked.error).toBeUndefined();
}

/**
 * What the team adds to a bot besides visitors' data: an API key that sent one message (its rate-limit counters
 * are named by the key), a knowledge source with its passages, a calendar feed.
 */
async function equipBot(botId: string, token: string) {
  const created = await callFunction<CreateApiKeyResponse>('createApiKey', { botId, name: 'Shop system' }, token);
  const marker = uniqueId('api');
  await fakeModel.script({ match: marker, text: 'Hello from the API.' });
  const response = await apiFetch('/chat', {
    key: created.result?.key,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ message: marker, externalUserId: 'user-1' }),
  });
  expect(response.status).toBe(200);
  await response.text();
  const saved = await callFunction<{ sourceId: string }>(
    'saveKnowledgeSource',
    { botId, content: { kind: 'faq', question: 'Is there parking?', answer: 'Yes, behind the shop.' } },
    token,
  );
  await expect
    .poll(
      async () => (await db.doc(`${paths.knowledgeSources(botId)}/${saved.result?.sourceId}`).get()).get('status'),
      { timeout: 90_000, interval: 250 },
    )
    .toBe('ready');
  expect((await db.collection(paths.knowledgePassages(botId)).get()).size).toBeGreaterThan(0);
  expect((await callFunction('setCalendarFeed', { botId, action: 'create' }, token)).error).toBeUndefined();
  return created.result?.keyId as string;
}

/** Every document path in the emulator whose path or data names one of `ids`. */
async function documentsNaming(ids: string[]): Promise<string[]> {
  const documents = await allDocuments(db);
  return [...documents]
    .filter(([path, data]) => ids.some((id) => `${path} ${JSON.stringify(data)}`.includes(id)))
    .map(([path]) => path);
}

const auditOf = async (tenantId: string) =>
  (await db.collection(paths.audit(tenantId)).orderBy('at').get()).docs.map((doc) => doc.data() as AuditEntry);

describe('audit log', () => {
  it('records settings with before and after, roles, availability and retention, with who and when', async () => {
    const admin = team.members.admin;
    const settings = (await db.doc(paths.botSettings(team.botId)).get()).data();
    const changed = { ...settings, systemPrompt: 'Be brief.' };
    expect(
      (await callFunction('updateBotSettings', { botId: team.botId, settings: changed }, admin?.idToken)).error,
    ).toBeUndefined();
    await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: admin?.uid, role: 'agent' },
      team.owner.idToken,
    );
    await callFunction('setRetention', { tenantId: team.tenantId, retentionDays: 30 }, team.owner.idToken);
    const entries = await auditOf(team.tenantId);
    expect(entries.map((entry) => entry.action)).toEqual(['bot.settings', 'member.role', 'tenant.retention']);
    expect(entries[0]).toMatchObject({
      actorUid: admin?.uid,
      target: paths.bot(team.botId),
      before: { systemPrompt: settings?.systemPrompt },
      after: { systemPrompt: 'Be brief.' },
    });
    expect(entries[1]).toMatchObject({ actorUid: team.owner.uid, before: { role: 'admin' }, after: { role: 'agent' } });
    expect(entries[2]).toMatchObject({ before: { retentionDays: null }, after: { retentionDays: 30 } });
    for (const entry of entries) {
      expect((entry.at as { toMillis(): number }).toMillis()).toBeGreaterThan(Date.now() - 60_000);
      // Kept about 400 days (AUDIT_RETENTION_DAYS), then deleted by the TTL policy on expireAt.
      const keptDays = ((entry.expireAt as { toMillis(): number }).toMillis() - Date.now()) / 86_400_000;
      expect(keptDays).toBeGreaterThan(399);
      expect(keptDays).toBeLessThan(401);
    }
  });

  it('records API keys made and revoked, and knowledge sources saved and deleted, never the key itself', async () => {
    const botId = team.botId;
    const created = await callFunction<CreateApiKeyResponse>(
      'createApiKey',
      { botId, name: 'Shop system' },
      team.owner.idToken,
    );
    const keyId = created.result?.keyId as string;
    for (let i = 0; i < 2; i += 1) {
      expect((await callFunction('revokeApiKey', { botId, keyId }, team.owner.idToken)).error).toBeUndefined();
    }
    const saved = await callFunction<{ sourceId: string }>(
      'saveKnowledgeSource',
      { botId, content: { kind: 'faq', question: 'Do you open on Sundays?', answer: 'No.' } },
      team.owner.idToken,
    );
    const sourceId = saved.result?.sourceId as string;
    expect(
      (await callFunction('deleteKnowledgeSource', { botId, sourceId }, team.owner.idToken)).error,
    ).toBeUndefined();
    const entries = await auditOf(team.tenantId);
    expect(entries.map((entry) => entry.action)).toEqual([
      'apiKey.create',
      'apiKey.revoke',
      'knowledge.save',
      'knowledge.delete',
    ]);
    expect(entries[0]).toMatchObject({
      actorUid: team.owner.uid,
      target: `apiKeys/${keyId}`,
      after: { botId, name: 'Shop system' },
    });
    expect(JSON.stringify(entries)).not.toContain(created.result?.key as string);
    expect(entries[2]).toMatchObject({ after: { kind: 'faq', title: 'Do you open on Sundays?', revision: 1 } });
    expect(entries[3]).toMatchObject({ target: `${paths.knowledgeSources(botId)}/${sourceId}` });
  });

  it('writes nothing when the change is refused', async () => {
    const refused = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.owner.uid, role: 'agent' },
      team.owner.idToken,
    );
    expect(reasonOf(refused)).toBe('last_owner');
    expect(await auditOf(team.tenantId)).toEqual([]);
  });
});

describe('deleting what you own', () => {
  it('an owner deletes a bot after typing its name: nothing of it remains, the audit log keeps the deletion', async () => {
    // A webhook endpoint nobody answers: its deliveries of the bot's events (with message texts) pile up.
    const hook = await callFunction(
      'saveWebhook',
      {
        tenantId: team.tenantId,
        url: 'http://127.0.0.1:9/hooks',
        events: ['conversation.created', 'message.created'],
        active: true,
      },
      team.owner.idToken,
    );
    expect(hook.error).toBeUndefined();
    await useBot(team.botId);
    await expect
      .poll(async () => (await db.collection(paths.webhookDeliveries(team.tenantId)).get()).size, { timeout: 30_000 })
      .toBeGreaterThan(0);
    const wrong = await callFunction('deleteBot', { botId: team.botId, confirmName: 'Harbour' }, team.owner.idToken);
    expect(reasonOf(wrong)).toBe('confirmation_mismatch');
    const byAdmin = await callFunction(
      'deleteBot',
      { botId: team.botId, confirmName: 'Harbour desk' },
      team.members.admin?.idToken,
    );
    expect(reasonOf(byAdmin)).toBe('role_forbidden');
    expect((await db.doc(paths.bot(team.botId)).get()).exists).toBe(true);

    const deleted = await callFunction(
      'deleteBot',
      { botId: team.botId, confirmName: 'Harbour desk' },
      team.owner.idToken,
    );
    expect(deleted.error).toBeUndefined();
    const left = (await documentsNaming([team.botId])).filter((path) => !path.startsWith(paths.audit(team.tenantId)));
    expect(left).toEqual([]);
    expect((await auditOf(team.tenantId)).map((entry) => entry.action)).toEqual(['webhook.save', 'bot.delete']);
  });

  it('an owner deletes the business: no document of the tenant or its bots remains anywhere', async () => {
    const second = await callFunction<{ botId: string }>(
      'createBot',
      { tenantId: team.tenantId, name: 'Second desk', timezone: 'UTC', locale: 'en' },
      team.owner.idToken,
    );
    const secondBotId = second.result?.botId as string;
    await db.doc(paths.bot(secondBotId)).update({ appointmentsEnabled: true });
    await db
      .doc(paths.availability(secondBotId))
      .set((await db.doc(paths.availability(team.botId)).get()).data() ?? {});
    await Promise.all([useBot(team.botId), useBot(secondBotId)]);
    const keyId = await equipBot(secondBotId, team.owner.idToken);
    await callFunction(
      'inviteMember',
      { tenantId: team.tenantId, email: freshEmail('new'), role: 'agent' },
      team.owner.idToken,
    );

    const wrong = await callFunction('deleteTenant', { tenantId: team.tenantId, confirmName: 'x' }, team.owner.idToken);
    expect(reasonOf(wrong)).toBe('confirmation_mismatch');
    const ids = [team.tenantId, team.botId, secondBotId];
    expect((await documentsNaming(ids)).length).toBeGreaterThan(10);
    const deleted = await callFunction(
      'deleteTenant',
      { tenantId: team.tenantId, confirmName: team.tenantName },
      team.owner.idToken,
    );
    expect(deleted.error).toBeUndefined();
    // The key's counters name only the key.
    expect(await documentsNaming([...ids, keyId])).toEqual([]);
  }, 240_000);

  it('a member leaves a team and is taken off its notification emails; the last owner cannot leave', async () => {
    const admin = team.members.admin;
    await db.doc(paths.botSettings(team.botId)).update({ notificationEmails: [admin?.email, team.owner.email] });
    expect(reasonOf(await callFunction('leaveTenant', { tenantId: team.tenantId }, team.owner.idToken))).toBe(
      'last_owner',
    );
    expect((await callFunction('leaveTenant', { tenantId: team.tenantId }, admin?.idToken)).error).toBeUndefined();
    const tenant = (await db.doc(paths.tenant(team.tenantId)).get()).data();
    expect(Object.keys(tenant?.members ?? {})).toEqual([team.owner.uid]);
    expect((await db.doc(paths.botSettings(team.botId)).get()).get('notificationEmails')).toEqual([team.owner.email]);
    expect((await auditOf(team.tenantId)).at(-1)).toMatchObject({ action: 'member.leave', actorUid: admin?.uid });
  });

  it('a person deletes their account: their own business goes, they leave the others, the account is gone', async () => {
    const person = await signInWithEmailLink(freshEmail('leaving'));
    const own = await callFunction<{ tenantId: string; botId: string }>(
      'createTenant',
      { tenantName: 'Solo shop', botName: 'Solo desk', timezone: 'UTC', locale: 'en' },
      person.idToken,
    );
    await db.doc(paths.tenant(team.tenantId)).update({
      [`members.${person.uid}`]: 'owner',
      [`memberEmails.${person.uid}`]: person.email,
    });
    const wrong = await callFunction('deleteAccount', { confirmEmail: 'someone@else.test' }, person.idToken);
    expect(reasonOf(wrong)).toBe('confirmation_mismatch');
    const deleted = await callFunction<{ deletedTenants: string[] }>(
      'deleteAccount',
      { confirmEmail: person.email },
      person.idToken,
    );
    expect(deleted.result).toEqual({ deletedTenants: [own.result?.tenantId] });
    expect(await documentsNaming([own.result?.tenantId as string, own.result?.botId as string])).toEqual([]);
    const tenant = (await db.doc(paths.tenant(team.tenantId)).get()).data();
    expect(tenant?.members[person.uid]).toBeUndefined();
    await expect(getAuth().getUser(person.uid)).rejects.toMatchObject({ code: 'auth/user-not-found' });
  });

  it('the only owner of a team with others cannot delete their account', async () => {
    const refused = await callFunction('deleteAccount', { confirmEmail: team.owner.email }, team.owner.idToken);
    expect(reasonOf(refused)).toBe('last_owner');
    expect((await db.doc(paths.tenant(team.tenantId)).get()).exists).toBe(true);
  });
});
