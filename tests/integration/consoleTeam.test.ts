import {
  type Conversation,
  paths,
  type SendMessageResponse,
  type Tenant,
  type WhoAmIResponse,
} from '@frontdesk/contract';
import type { Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { callFunction } from '../support/callFunction.ts';
import { type CaughtMailSummary, caughtMails } from '../support/caughtMails.ts';
import { db } from '../support/db.ts';
import { signInWithEmailLink } from '../support/emailSignIn.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messagesOf } from '../support/messagesOf.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { freshEmail, reasonOf, seedTeam, type Team } from '../support/team.ts';

const DAY_MS = 86_400_000;
const tenantOf = async (tenantId: string) => (await db.doc(paths.tenant(tenantId)).get()).data() as Tenant;
const millis = (value: unknown) => (value as Timestamp).toMillis();

let team: Team;
let other: Team;
beforeEach(async () => {
  [team, other] = await Promise.all([seedTeam(), seedTeam()]);
});

describe('inviteMember', () => {
  it('lets owners invite by email and sends the invitation through the outbox', async () => {
    const email = freshEmail('new-agent');
    await db.doc(paths.tenant(team.tenantId)).update({ name: 'Bakery <b>Sonne</b>\r\nBcc: x@evil.test' });
    const answer = await callFunction(
      'inviteMember',
      { tenantId: team.tenantId, email, role: 'admin' },
      team.owner.idToken,
    );
    expect(answer.result).toEqual({ email, mailed: true });
    const invitationMail = async () => (await caughtMails()).find((caught) => caught.to.includes(email));
    await expect.poll(invitationMail, { message: 'the invitation mail' }).toBeDefined();
    const mail = (await invitationMail()) as CaughtMailSummary;
    expect(mail.subject).toBe('Join Bakery <b>Sonne</b> Bcc: x@evil.test on Frontdesk');
    expect(mail.text).toContain('as an admin');
    expect(mail.text).toContain('http://127.0.0.1:5002/');
  });

  it('refuses admins, agents, other tenants, members already on the team and bad addresses, writing nothing', async () => {
    const email = freshEmail('nobody');
    const request = { tenantId: team.tenantId, email, role: 'agent' };
    expect(reasonOf(await callFunction('inviteMember', request, team.admin.idToken))).toBe('role_forbidden');
    expect(reasonOf(await callFunction('inviteMember', request, team.agent.idToken))).toBe('role_forbidden');
    expect(reasonOf(await callFunction('inviteMember', request, other.owner.idToken))).toBe('not_a_member');
    const existing = await callFunction('inviteMember', { ...request, email: team.agent.email }, team.owner.idToken);
    expect(existing.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    expect(existing.error?.message).toBe(`${team.agent.email} is already on the team; change their role instead.`);
    const bad = await callFunction('inviteMember', { ...request, email: 'not-an-email' }, team.owner.idToken);
    expect(bad.error?.message).toBe('email: must be an email address like name@example.com');
    const badRole = await callFunction('inviteMember', { ...request, role: 'superuser' }, team.owner.idToken);
    expect(badRole.error).toMatchObject({ status: 'INVALID_ARGUMENT' });

    expect((await db.collection(paths.invites(team.tenantId)).get()).size).toBe(0);
    expect((await db.collection('mail').where('tenantId', '==', team.tenantId).get()).size).toBe(0);
  });
});

describe('revokeInvite', () => {
  it('lets owners withdraw an invitation, after which the address joins nothing', async () => {
    const email = freshEmail('withdrawn');
    await callFunction('inviteMember', { tenantId: team.tenantId, email, role: 'agent' }, team.owner.idToken);
    const request = { tenantId: team.tenantId, email };
    expect(reasonOf(await callFunction('revokeInvite', request, team.admin.idToken))).toBe('role_forbidden');
    expect(reasonOf(await callFunction('revokeInvite', request, other.owner.idToken))).toBe('not_a_member');
    expect((await db.doc(`${paths.invites(team.tenantId)}/${email}`).get()).exists).toBe(true);

    expect((await callFunction('revokeInvite', request, team.owner.idToken)).result).toEqual({ email });
    const invitee = await signInWithEmailLink(email);
    const me = await callFunction<WhoAmIResponse>('whoAmI', {}, invitee.idToken);
    expect(me.result?.memberships).toEqual([]);
    // Withdrawing again (a double click) changes nothing and is no error.
    expect((await callFunction('revokeInvite', request, team.owner.idToken)).result).toEqual({ email });
  });
});

describe('setMemberRole', () => {
  it('lets owners change roles and remove members', async () => {
    const promote = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.agent.uid, role: 'admin' },
      team.owner.idToken,
    );
    expect(promote.result).toEqual({ uid: team.agent.uid });
    expect((await tenantOf(team.tenantId)).members[team.agent.uid]).toBe('admin');

    await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.admin.uid, role: null },
      team.owner.idToken,
    );
    const tenant = await tenantOf(team.tenantId);
    expect(tenant.members).toEqual({ [team.owner.uid]: 'owner', [team.agent.uid]: 'admin' });
    expect(tenant.memberEmails).toEqual({ [team.owner.uid]: team.owner.email, [team.agent.uid]: team.agent.email });
    // Removed means removed: the former admin can change nothing any more.
    const former = await callFunction('updateBot', { botId: team.botId, active: false }, team.admin.idToken);
    expect(reasonOf(former)).toBe('not_a_member');
  });

  it('keeps the last owner, and refuses non-owners, strangers and unknown members', async () => {
    const before = await tenantOf(team.tenantId);
    const demoteSelf = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.owner.uid, role: 'admin' },
      team.owner.idToken,
    );
    expect(demoteSelf.error).toMatchObject({ status: 'FAILED_PRECONDITION', details: { reason: 'last_owner' } });
    const removeSelf = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.owner.uid, role: null },
      team.owner.idToken,
    );
    expect(reasonOf(removeSelf)).toBe('last_owner');
    const byAdmin = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.admin.uid, role: 'owner' },
      team.admin.idToken,
    );
    expect(reasonOf(byAdmin)).toBe('role_forbidden');
    const byStranger = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: other.owner.uid, role: 'owner' },
      other.owner.idToken,
    );
    expect(reasonOf(byStranger)).toBe('not_a_member');
    const unknown = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: other.owner.uid, role: 'owner' },
      team.owner.idToken,
    );
    expect(unknown.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'not_a_member' } });
    expect(await tenantOf(team.tenantId)).toEqual(before);

    // With a second owner, the first may step down.
    await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.admin.uid, role: 'owner' },
      team.owner.idToken,
    );
    const stepDown = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: team.owner.uid, role: 'agent' },
      team.owner.idToken,
    );
    expect(stepDown.error).toBeUndefined();
    expect((await tenantOf(team.tenantId)).members).toMatchObject({
      [team.owner.uid]: 'agent',
      [team.admin.uid]: 'owner',
    });
  });
});

describe('retention and unread marks', () => {
  async function startConversation(text = 'Hello there') {
    const visitor = await signInAnonymously();
    const sent = await callFunction<SendMessageResponse>('sendMessage', { botId: team.botId, text }, visitor.idToken);
    expect(sent.error).toBeUndefined();
    return (sent.result as SendMessageResponse).conversationId;
  }
  const conversationOf = async (id: string) =>
    (await db.doc(paths.conversation(team.botId, id)).get()).data() as Conversation;

  beforeEach(async () => {
    await fakeModel.reset();
  });

  it('stamps expireAt on new conversations and messages, and re-stamps existing ones when it changes', async () => {
    const kept = await startConversation();
    expect((await conversationOf(kept)).expireAt).toBeNull();
    expect((await messagesOf(team.botId, kept)).map((message) => message.expireAt)).toEqual([null, null]);

    const set = await callFunction('setRetention', { tenantId: team.tenantId, retentionDays: 30 }, team.owner.idToken);
    expect(set.result).toEqual({ retentionDays: 30, bookingRetentionDays: 365, restamped: 3 });
    expect((await tenantOf(team.tenantId)).retentionDays).toBe(30);
    const restamped = await conversationOf(kept);
    expect(millis(restamped.expireAt) - millis(restamped.lastActivityAt)).toBe(30 * DAY_MS);
    for (const message of await messagesOf(team.botId, kept)) {
      expect(millis(message.expireAt) - millis(message.createdAt)).toBe(30 * DAY_MS);
    }

    const fresh = await startConversation();
    const conversation = await conversationOf(fresh);
    expect(millis(conversation.expireAt) - millis(conversation.lastActivityAt)).toBe(30 * DAY_MS);
    for (const message of await messagesOf(team.botId, fresh)) {
      expect(millis(message.expireAt) - millis(message.createdAt)).toBe(30 * DAY_MS);
    }

    await callFunction('setRetention', { tenantId: team.tenantId, retentionDays: null }, team.owner.idToken);
    expect((await conversationOf(fresh)).expireAt).toBeNull();
    expect((await messagesOf(team.botId, fresh)).every((message) => message.expireAt === null)).toBe(true);
  });

  it('lets only owners set the retention period, within 1 to 3650 days', async () => {
    const request = { tenantId: team.tenantId, retentionDays: 7 };
    expect(reasonOf(await callFunction('setRetention', request, team.admin.idToken))).toBe('role_forbidden');
    expect(reasonOf(await callFunction('setRetention', request, other.owner.idToken))).toBe('not_a_member');
    const tooLong = await callFunction('setRetention', { ...request, retentionDays: 5000 }, team.owner.idToken);
    expect(tooLong.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    const fraction = await callFunction('setRetention', { ...request, retentionDays: 1.5 }, team.owner.idToken);
    expect(fraction.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    expect((await tenantOf(team.tenantId)).retentionDays).toBeNull();
  });

  it('marks a conversation unread when the visitor writes, and read when a member opens or answers it', async () => {
    const id = await startConversation();
    expect((await conversationOf(id)).unreadForTeam).toBe(true);

    const visitor = await signInAnonymously();
    const mark = { botId: team.botId, conversationId: id };
    expect(reasonOf(await callFunction('markConversationRead', mark, visitor.idToken))).toBe('not_a_member');
    expect(reasonOf(await callFunction('markConversationRead', mark, other.agent.idToken))).toBe('not_a_member');
    expect((await conversationOf(id)).unreadForTeam).toBe(true);

    const read = await callFunction('markConversationRead', mark, team.agent.idToken);
    expect(read.result).toEqual({ conversationId: id });
    expect((await conversationOf(id)).unreadForTeam).toBe(false);

    const missing = await callFunction('markConversationRead', { ...mark, conversationId: 'gone' }, team.agent.idToken);
    expect(missing.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'conversation_not_found' } });
    expect((await db.doc(paths.conversation(team.botId, 'gone')).get()).exists).toBe(false);

    await db.doc(paths.conversation(team.botId, id)).update({ unreadForTeam: true });
    const replied = await callFunction(
      'postAgentReply',
      { botId: team.botId, conversationId: id, text: 'Hi, this is Sam.' },
      team.agent.idToken,
    );
    expect(replied.error).toBeUndefined();
    expect((await conversationOf(id)).unreadForTeam).toBe(false);
  });
});
