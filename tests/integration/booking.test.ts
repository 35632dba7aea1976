import { type BookSlotResponse, paths } from '@frontdesk/contract';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { urls } from '../../dev/src/localConfig.ts';
import { processMail } from '../../functions/src/mail/processMail.ts';
import { freeSlots, seedBookingBot } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { caughtMails } from '../support/caughtMails.ts';
import { db } from '../support/db.ts';
import { runCallableInProcess } from '../support/runCallableInProcess.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { uniqueNetwork } from '../support/uniqueNetwork.ts';

const booking = (botId: string, start: string, overrides: Record<string, unknown> = {}) => ({
  botId,
  start,
  durationMinutes: 30,
  name: 'Ada Lovelace',
  email: `ada-${uniqueId('m')}@example.com`,
  ...overrides,
});

const bookingCount = async (botId: string) => (await db.collection(paths.bookings(botId)).get()).size;

describe('booking never double-books', () => {
  // 50 visitors on 50 machines: from one network, the per-network booking limit would refuse most of them.
  // 250 attempts on one bot are far beyond a small business's day, so its daily limit is raised here.
  it('gives exactly one of 50 parallel attempts on one slot, and 49 slot_taken (five rounds)', async () => {
    applyFunctionParams({ BOOKINGS_PER_BOT_PER_DAY: '1000' });
    const { bookSlot } = await import('../../functions/src/booking/bookSlot.ts');
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const { slots } = await freeSlots(botId, visitor.idToken);
    for (const start of slots.slice(0, 5)) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          runCallableInProcess<BookSlotResponse>(
            bookSlot,
            booking(botId, start),
            `visitor-${index}-${uniqueId('u')}`,
            {},
            uniqueNetwork(),
          ),
        ),
      );
      expect(answers.filter((answer) => answer.result)).toHaveLength(1);
      const refused = answers.filter((answer) => answer.error);
      expect(refused).toHaveLength(49);
      expect(
        refused.every((answer) => (answer.error?.details as { reason?: string } | undefined)?.reason === 'slot_taken'),
      ).toBe(true);
    }
    expect(await bookingCount(botId)).toBe(5);
  });

  it('does the same through the Functions emulator for parallel clients over HTTP', async () => {
    const { botId } = await seedBookingBot();
    const visitors = await Promise.all(Array.from({ length: 8 }, () => signInAnonymously()));
    const { slots } = await freeSlots(botId, (visitors[0] as { idToken: string }).idToken);
    const answers = await Promise.all(
      visitors.map((visitor) =>
        callFunction<BookSlotResponse>('bookSlot', booking(botId, slots[0] as string), visitor.idToken),
      ),
    );
    expect(answers.filter((answer) => answer.result)).toHaveLength(1);
    expect(answers.filter((answer) => answer.error?.status === 'ALREADY_EXISTS')).toHaveLength(7);
    // The Functions emulator starts a worker process for each concurrent request: slow on a busy machine.
  }, 180_000);

  it('refuses overlapping bookings of different lengths and hides taken slots', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const { slots } = await freeSlots(botId, visitor.idToken, 60);
    const start = slots[0] as string;
    const at = (minutes: number) => new Date(Date.parse(start) + minutes * 60_000).toISOString();

    const hour = await callFunction('bookSlot', booking(botId, start, { durationMinutes: 60 }), visitor.idToken);
    expect(hour.error).toBeUndefined();
    const overlapping = await callFunction('bookSlot', booking(botId, at(30)), visitor.idToken);
    expect(overlapping.error).toMatchObject({ status: 'ALREADY_EXISTS', details: { reason: 'slot_taken' } });
    const right = await callFunction('bookSlot', booking(botId, at(60)), visitor.idToken);
    expect(right.error).toBeUndefined();

    const after = await freeSlots(botId, visitor.idToken, 30);
    expect(after.slots).not.toContain(start);
    expect(after.slots).not.toContain(at(30));
    expect(after.slots).not.toContain(at(60));
    expect(after.slots).toContain(at(90));
    expect(after.timezone).toBe('Europe/Berlin');
  });
});

describe('booking input', () => {
  it('rejects bad input with typed errors and writes nothing', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const { slots } = await freeSlots(botId, visitor.idToken);
    const start = slots[0] as string;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [booking(botId, new Date(Date.now() - 86_400_000).toISOString()), 'FAILED_PRECONDITION', 'slot_unavailable'],
      [
        booking(botId, new Date(Date.parse(start) + 7 * 60_000).toISOString()),
        'FAILED_PRECONDITION',
        'slot_unavailable',
      ],
      [booking(botId, start, { email: 'not-an-email' }), 'INVALID_ARGUMENT', 'invalid_input'],
      [booking(botId, start, { name: 'Eve\r\nBcc: all@example.com' }), 'INVALID_ARGUMENT', 'invalid_input'],
      [booking(botId, start, { notes: 'x'.repeat(10_240) }), 'INVALID_ARGUMENT', 'invalid_input'],
      [booking(botId, start, { durationMinutes: 45 }), 'INVALID_ARGUMENT', 'invalid_input'],
    ];
    for (const [request, status, reason] of cases) {
      const answer = await callFunction('bookSlot', request, visitor.idToken);
      expect(answer.error, JSON.stringify(request).slice(0, 80)).toMatchObject({ status, details: { reason } });
      expect(answer.error?.message.length).toBeGreaterThan(10);
    }
    expect(await bookingCount(botId)).toBe(0);
    expect((await db.collection(paths.slotUnits(botId)).get()).size).toBe(0);
    expect((await db.collection(paths.mail()).where('botId', '==', botId).get()).size).toBe(0);
  });

  it('names the field in the message', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const answer = await callFunction('bookSlot', booking(botId, 'tomorrow', { email: 'x' }), visitor.idToken);
    expect(answer.error?.message).toBe(
      'start: must be a date and time like 2026-06-02T10:00:00+02:00; email: must be an email address like name@example.com',
    );
  });
});

describe('booking mails and cancelling', () => {
  it('mails an invitation and a team notification, sends each outbox mail once, and cancels by link', async () => {
    const { botId, teamEmail } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const { slots } = await freeSlots(botId, visitor.idToken);
    const request = booking(botId, slots[0] as string, { phone: '+49 30 123456', notes: '<b>first visit</b>' });
    const booked = await callFunction<BookSlotResponse>('bookSlot', request, visitor.idToken);
    const bookingId = booked.result?.bookingId as string;

    const mailsFor = async (to: string) => (await caughtMails()).filter((mail) => mail.to.includes(to));
    const mailsCount = async (to: string) => (await mailsFor(to)).length;
    await expect
      .poll(() => mailsCount(request.email as string), { message: 'the confirmation mail' })
      .toBeGreaterThan(0);
    await expect.poll(() => mailsCount(teamEmail), { message: 'the team mail' }).toBeGreaterThan(0);
    const [confirmation] = await mailsFor(request.email as string);

    const invite = confirmation?.attachments.find((attachment) => attachment.filename === 'invite.ics');
    const calendar = new ICAL.Component(ICAL.parse(invite?.content as string));
    const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(`${bookingId}@frontdesk`);
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(booked.result?.start);

    // The outbox trigger already sent these; delivering the event twice more sends nothing.
    const outboxOf = () => db.collection(paths.mail()).where('bookingId', '==', bookingId).get();
    const allSent = async () => (await outboxOf()).docs.every((doc) => doc.get('delivery.state') === 'SENT');
    await expect.poll(allSent, { message: 'both outbox mails marked SENT' }).toBe(true);
    const outbox = await outboxOf();
    expect(outbox.size).toBe(2);
    const resend = async () => {
      throw new Error('must not send again');
    };
    for (const doc of outbox.docs) {
      expect(await Promise.all([processMail(db, doc.id, resend), processMail(db, doc.id, resend)])).toEqual([
        'skipped',
        'skipped',
      ]);
    }
    expect(await mailsFor(request.email as string)).toHaveLength(1);

    // The visitor cancels through the link in the mail: GET asks, POST cancels.
    const link = new URL(/https?:\/\/\S+\/cancel\?\S+/.exec(confirmation?.text ?? '')?.[0] as string);
    expect(link.origin).toBe(urls.hosting);
    const confirmPage = await fetch(link);
    expect(await confirmPage.text()).toContain('Cancel your appointment?');
    expect((await db.doc(`${paths.bookings(botId)}/${bookingId}`).get()).get('status')).toBe('confirmed');
    const cancel = () => fetch(`${urls.hosting}/cancel`, { method: 'POST', body: link.searchParams });
    const cancelled = await cancel();
    expect(await cancelled.text()).toContain('Your appointment is cancelled');
    expect((await db.doc(`${paths.bookings(botId)}/${bookingId}`).get()).data()).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'visitor',
      sequence: 1,
    });
    expect((await cancel()).status).toBe(400);
    expect((await freeSlots(botId, visitor.idToken)).slots).toContain(slots[0]);

    await expect.poll(() => mailsCount(request.email as string), { message: 'the cancellation mail' }).toBe(2);
    const cancellation = (await mailsFor(request.email as string))[1];
    const cancelInvite = new ICAL.Component(
      ICAL.parse(
        cancellation?.attachments.find((attachment) => attachment.filename === 'invite.ics')?.content as string,
      ),
    );
    expect(cancelInvite.getFirstPropertyValue('method')).toBe('CANCEL');
    const cancelEvent = cancelInvite.getFirstSubcomponent('vevent') as ICAL.Component;
    expect(cancelEvent.getFirstPropertyValue('uid')).toBe(`${bookingId}@frontdesk`);
    expect(cancelEvent.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('lets team members cancel through a callable, and nobody else', async () => {
    const { botId } = await seedBookingBot();
    const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
    const visitor = await signInAnonymously();
    const member = await signInAnonymously();
    await db.doc(paths.tenant(tenantId)).update({ [`members.${member.uid}`]: 'agent' });
    const { slots } = await freeSlots(botId, visitor.idToken);
    const booked = await callFunction<BookSlotResponse>(
      'bookSlot',
      booking(botId, slots[0] as string),
      visitor.idToken,
    );
    const bookingId = booked.result?.bookingId as string;

    const byVisitor = await callFunction('cancelBooking', { botId, bookingId }, visitor.idToken);
    expect(byVisitor.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'not_a_member' } });
    const byMember = await callFunction('cancelBooking', { botId, bookingId }, member.idToken);
    expect(byMember.result).toEqual({ status: 'cancelled' });
    const again = await callFunction('cancelBooking', { botId, bookingId }, member.idToken);
    expect(again.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'booking_not_found' } });
  });

  it('refuses bots that take no appointments', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const answer = await callFunction(
      'listSlots',
      { botId, from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z' },
      visitor.idToken,
    );
    expect(answer.error).toMatchObject({ status: 'FAILED_PRECONDITION', details: { reason: 'appointments_disabled' } });
  });
});
