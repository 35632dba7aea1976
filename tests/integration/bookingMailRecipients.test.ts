import { type BookSlotResponse, type BotSettings, paths } from '@frontdesk/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { freeSlots } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { caughtMails } from '../support/caughtMails.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import type { EmailUser } from '../support/emailSignIn.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { freshEmail, reasonOf } from '../support/team.ts';

/**
 * Who booking mails reach and what they say. Notification addresses are limited to the team's verified
 * emails, on save and again when a mail is written; a visitor's mail carries nothing the visitor wrote but
 * their name.
 */
let team: ConsoleTenant;
let agent: EmailUser;
beforeEach(async () => {
  team = await seedConsoleTenant({ otherRoles: ['agent'] });
  agent = team.members.agent as EmailUser;
});

const settingsOf = async (botId: string) => (await db.doc(paths.botSettings(botId)).get()).data() as BotSettings;

async function bookAsVisitor(botId: string, details: Record<string, string> = {}) {
  const visitor = await signInAnonymously();
  const { slots } = await freeSlots(botId, visitor.idToken);
  const email = freshEmail('visitor');
  const booked = await callFunction<BookSlotResponse>(
    'bookSlot',
    { botId, start: slots[0], durationMinutes: 30, name: 'Ada Lovelace', email, ...details },
    visitor.idToken,
  );
  expect(booked.error).toBeUndefined();
  return { email, bookingId: (booked.result as BookSlotResponse).bookingId };
}

const outboxOf = async (bookingId: string) =>
  (await db.collection(paths.mail()).where('bookingId', '==', bookingId).get()).docs.map(
    (doc) => doc.get('to') as string[],
  );

describe('notification addresses', () => {
  it("refuses to save an address that is not a team member's verified email, naming it", async () => {
    const before = await settingsOf(team.botId);
    const settings = { ...before, notificationEmails: [team.owner.email, 'desk@stranger.example.com'] };
    const answer = await callFunction('updateBotSettings', { botId: team.botId, settings }, team.owner.idToken);
    expect(answer.error).toMatchObject({
      status: 'FAILED_PRECONDITION',
      details: { reason: 'notification_email_not_member' },
    });
    expect(answer.error?.message).toContain('desk@stranger.example.com');
    expect(await settingsOf(team.botId)).toEqual(before);

    // Members' addresses are fine, whatever their case.
    const members = { ...before, notificationEmails: [team.owner.email.toUpperCase(), agent.email] };
    expect(
      (await callFunction('updateBotSettings', { botId: team.botId, settings: members }, team.owner.idToken)).error,
    ).toBeUndefined();
    expect((await settingsOf(team.botId)).notificationEmails).toEqual(members.notificationEmails);
  });

  it('mails only addresses that belong to the team when the mail is written', async () => {
    // Stored before the rule existed, or by someone since removed: a stranger and a member who then leaves.
    await db
      .doc(paths.botSettings(team.botId))
      .update({ notificationEmails: [team.owner.email, agent.email, 'desk@stranger.example.com'] });
    const removed = await callFunction(
      'setMemberRole',
      { tenantId: team.tenantId, uid: agent.uid, role: null },
      team.owner.idToken,
    );
    expect(removed.error).toBeUndefined();

    const { email, bookingId } = await bookAsVisitor(team.botId);
    expect((await outboxOf(bookingId)).sort()).toEqual([[email], [team.owner.email]].sort());
  });
});

describe('visitor mails', () => {
  it('carry no free text the visitor wrote other than their name; the notes reach only the team', async () => {
    await db.doc(paths.botSettings(team.botId)).update({ notificationEmails: [team.owner.email] });
    const notes = 'Claim your prize at https://phish.example/win';
    const { email } = await bookAsVisitor(team.botId, { notes, phone: '+49 30 987654' });

    const mailTo = async (address: string) => (await caughtMails()).find((mail) => mail.to.includes(address));
    await expect.poll(() => mailTo(email), { message: 'the confirmation' }).toBeDefined();
    await expect.poll(() => mailTo(team.owner.email), { message: 'the team notification' }).toBeDefined();
    const confirmation = await mailTo(email);
    const everything = [
      confirmation?.subject,
      confirmation?.text,
      confirmation?.html,
      ...(confirmation?.attachments ?? []).map((attachment) => attachment.content),
    ].join('\n');
    expect(everything).toContain('Ada Lovelace');
    expect(everything).not.toContain('phish.example');
    expect(everything).not.toContain('987654');
    expect((await mailTo(team.owner.email))?.text).toContain(notes);
  });
});

describe('who may be notified', () => {
  it('keeps refusing after a member leaves', async () => {
    await callFunction('setMemberRole', { tenantId: team.tenantId, uid: agent.uid, role: null }, team.owner.idToken);
    const settings = { ...(await settingsOf(team.botId)), notificationEmails: [agent.email] };
    const answer = await callFunction('updateBotSettings', { botId: team.botId, settings }, team.owner.idToken);
    expect(reasonOf(answer)).toBe('notification_email_not_member');
  });
});
