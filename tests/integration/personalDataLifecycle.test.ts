import { type Booking, type BookSlotResponse, paths, type SendMessageResponse, type Tenant } from '@frontdesk/contract';
import { type DocumentData, Timestamp } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { processMail } from '../../functions/src/mail/processMail.ts';
import { freeSlots } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { caughtMails } from '../support/caughtMails.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { freshEmail, reasonOf } from '../support/team.ts';

/** Personal data is kept for its purpose and then goes: outbox mails, bookings, and mails of deleted conversations. */
const DAY_MS = 86_400_000;
const millis = (value: unknown) => (value as Timestamp).toMillis();

let team: ConsoleTenant;
beforeAll(() => {
  applyFunctionParams();
});
beforeEach(async () => {
  team = await seedConsoleTenant();
  await db.doc(paths.botSettings(team.botId)).update({ notificationEmails: [team.owner.email] });
});

async function book(options: { conversationId?: string; idToken?: string; slot?: number } = {}) {
  const idToken = options.idToken ?? (await signInAnonymously()).idToken;
  const { slots } = await freeSlots(team.botId, idToken);
  const email = freshEmail('visitor');
  const booked = await callFunction<BookSlotResponse>(
    'bookSlot',
    {
      botId: team.botId,
      start: slots[options.slot ?? 0],
      durationMinutes: 30,
      name: 'Ada Lovelace',
      email,
      phone: '+49 30 123456',
      notes: 'Allergic to latex',
      ...(options.conversationId ? { conversationId: options.conversationId } : {}),
    },
    idToken,
  );
  expect(booked.error).toBeUndefined();
  return { email, ...(booked.result as BookSlotResponse) };
}

const mailsOf = async (field: string, value: string) =>
  (await db.collection(paths.mail()).where(field, '==', value).get()).docs;
const bookingOf = async (bookingId: string) =>
  (await db.doc(`${paths.bookings(team.botId)}/${bookingId}`).get()).data() as Booking & { expireAt?: Timestamp };

describe('outbox mails', () => {
  it('keep neither the text nor the cancel link once sent, expire 30 days later, and the link still cancels', async () => {
    const { email, bookingId } = await book();
    const allSent = async () =>
      (await mailsOf('bookingId', bookingId)).every((doc) => doc.get('delivery.state') === 'SENT');
    await expect.poll(allSent, { message: 'both mails sent' }).toBe(true);

    const confirmation = (await caughtMails()).find((mail) => mail.to.includes(email));
    const link = new URL(/https?:\/\/\S+\/cancel\?\S+/.exec(confirmation?.text ?? '')?.[0] as string);
    const token = link.searchParams.get('token') as string;
    const outbox = await mailsOf('bookingId', bookingId);
    expect(outbox).toHaveLength(2);
    for (const doc of outbox) {
      const mail = doc.data() as DocumentData;
      expect(mail).toMatchObject({ tenantId: team.tenantId, botId: team.botId, bookingId });
      expect(mail.message).toEqual({ subject: '', text: '', html: '', attachments: [] });
      const stored = JSON.stringify(mail);
      for (const secretOrPersonal of [token, 'Ada Lovelace', 'Allergic', '123456']) {
        expect(stored).not.toContain(secretOrPersonal);
      }
      const keptFor = millis(mail.expireAt) - millis(mail.delivery.endTime);
      expect(Math.abs(keptFor - 30 * DAY_MS)).toBeLessThan(60_000);
    }

    const cancelled = await fetch(`${link.origin}/cancel`, { method: 'POST', body: link.searchParams });
    expect(await cancelled.text()).toContain('Your appointment is cancelled');
    expect((await bookingOf(bookingId)).status).toBe('cancelled');
  });

  it('keep no text either once they finally failed, and expire as well', async () => {
    const now = Date.parse('2031-01-01T00:00:00Z');
    const ref = db.collection(paths.mail()).doc();
    // A mail on its last attempt; not yet due, so the outbox trigger leaves it to this test.
    await ref.create({
      to: ['someone@example.com'],
      message: {
        subject: 'Hello',
        text: 'cancel: https://x.example/cancel?token=secret',
        html: '<p>x</p>',
        attachments: [],
      },
      tenantId: team.tenantId,
      createdAt: Timestamp.now(),
      delivery: {
        state: 'RETRY',
        attempts: 4,
        leaseExpireTime: null,
        nextAttemptAt: Timestamp.fromMillis(now - 1),
        error: 'earlier failure',
        info: null,
      },
    });
    const failing = async () => {
      throw new Error('SMTP refused');
    };
    expect(await processMail(db, ref.id, failing, now)).toBe('failed');
    const mail = (await ref.get()).data() as DocumentData;
    expect(mail.delivery.state).toBe('ERROR');
    expect(mail.message).toEqual({ subject: '', text: '', html: '', attachments: [] });
    expect(millis(mail.expireAt)).toBe(now + 30 * DAY_MS);
  });
});

describe('deleting a conversation', () => {
  it('removes the mails about bookings made from it, and no others, and its events', async () => {
    await fakeModel.reset();
    await fakeModel.script({ match: 'book me in', text: 'Sure.' });
    const visitor = await signInAnonymously();
    const sent = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId: team.botId, text: 'book me in' },
      visitor.idToken,
    );
    const { conversationId } = sent.result as SendMessageResponse;
    const fromConversation = await book({ conversationId, idToken: visitor.idToken });
    const elsewhere = await book({ slot: 4 });
    expect(await mailsOf('conversationId', conversationId)).toHaveLength(2);
    const events = () => db.collection(paths.events()).where('conversationId', '==', conversationId).get();
    expect((await events()).size).toBeGreaterThan(0);

    const deleted = await callFunction('deleteConversation', { botId: team.botId, conversationId }, team.owner.idToken);
    expect(deleted.error).toBeUndefined();
    expect(await mailsOf('conversationId', conversationId)).toHaveLength(0);
    expect(await mailsOf('bookingId', fromConversation.bookingId)).toHaveLength(0);
    expect(await mailsOf('bookingId', elsewhere.bookingId)).toHaveLength(2);
    expect((await events()).size).toBe(0);
  });
});

describe('booking retention', () => {
  it('stamps bookings to expire 365 days after the appointment unless the owner sets another period', async () => {
    const first = await book();
    const stamped = await bookingOf(first.bookingId);
    expect(millis(stamped.expireAt) - millis(stamped.end)).toBe(365 * DAY_MS);

    const set = await callFunction(
      'setRetention',
      { tenantId: team.tenantId, retentionDays: null, bookingRetentionDays: 30 },
      team.owner.idToken,
    );
    expect(set.error).toBeUndefined();
    expect(((await db.doc(paths.tenant(team.tenantId)).get()).data() as Tenant).bookingRetentionDays).toBe(30);
    const restamped = await bookingOf(first.bookingId);
    expect(millis(restamped.expireAt) - millis(restamped.end)).toBe(30 * DAY_MS);
    const second = await bookingOf((await book({ slot: 4 })).bookingId);
    expect(millis(second.expireAt) - millis(second.end)).toBe(30 * DAY_MS);
  });

  it('lets only owners set it, within 1 to 3650 days, changing nothing otherwise', async () => {
    const admin = await seedConsoleTenant({ otherRoles: ['admin'] });
    const request = { tenantId: admin.tenantId, retentionDays: null, bookingRetentionDays: 10 };
    const byAdmin = await callFunction('setRetention', request, admin.members.admin?.idToken);
    expect(reasonOf(byAdmin)).toBe('role_forbidden');
    for (const days of [0, 3651, 1.5]) {
      const bad = await callFunction('setRetention', { ...request, bookingRetentionDays: days }, admin.owner.idToken);
      expect(bad.error).toMatchObject({ status: 'INVALID_ARGUMENT' });
    }
    expect(((await db.doc(paths.tenant(admin.tenantId)).get()).data() as Tenant).bookingRetentionDays).toBeUndefined();
  });
});
