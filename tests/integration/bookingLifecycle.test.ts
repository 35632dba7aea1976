import { type Availability, type BookSlotResponse, type ListSlotsResponse, paths } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { urls } from '../../dev/src/localConfig.ts';
import { openAlways, seedBookingBot } from '../support/bookingBot.ts';
import { caughtMails } from '../support/caughtMails.ts';
import { db } from '../support/db.ts';
import { runCallableInProcess } from '../support/runCallableInProcess.ts';
import { reasonOf } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { uniqueNetwork } from '../support/uniqueNetwork.ts';

/**
 * The life of a booking around the slot claim: services, confirmation mode, rescheduling, reminders, the
 * calendar feed and outcomes. Handlers run in this process against the emulators (contention happens in
 * Firestore); the hosted pages and the feed are fetched through the Hosting emulator.
 */
applyFunctionParams({ BOOKINGS_PER_BOT_PER_DAY: '1000' });
const { bookSlot } = await import('../../functions/src/booking/bookSlot.ts');
const { listSlots } = await import('../../functions/src/booking/listSlots.ts');
const { decideBooking } = await import('../../functions/src/booking/decideBooking.ts');
const { rescheduleBooking } = await import('../../functions/src/booking/rescheduleBooking.ts');
const { setBookingOutcome } = await import('../../functions/src/booking/setBookingOutcome.ts');
const { setCalendarFeed } = await import('../../functions/src/booking/setCalendarFeed.ts');
const { confirmBooking } = await import('../../functions/src/booking/confirmBooking.ts');
const { expireRequests } = await import('../../functions/src/booking/expireRequests.ts');
const { sendDueReminders } = await import('../../functions/src/booking/sendDueReminders.ts');
const { bookingMailSetup } = await import('../../functions/src/booking/bookingMailFacts.ts');
const { loadBookingContext } = await import('../../functions/src/booking/loadBookingContext.ts');

const services: Availability['services'] = [
  {
    id: 'check-up',
    name: 'Check-up',
    description: 'A look at everything',
    durationMinutes: 30,
    bufferMinutes: 10,
    priceText: '',
    active: true,
  },
  {
    id: 'cleaning',
    name: 'Cleaning',
    description: '',
    durationMinutes: 60,
    bufferMinutes: 0,
    priceText: 'from 80 €',
    active: true,
  },
  { id: 'retired', name: 'Old', description: '', durationMinutes: 15, bufferMinutes: 0, priceText: '', active: false },
];

async function bookingBot(extra: Partial<Availability> = {}, locale?: 'de') {
  const bot = await seedBookingBot();
  await db.doc(paths.availability(bot.botId)).set({ ...openAlways, services, ...extra });
  if (locale) await db.doc(paths.bot(bot.botId)).update({ 'appearance.locale': locale });
  return bot;
}

const asVisitor = <T>(callable: { run(request: never): unknown }, data: unknown) =>
  runCallableInProcess<T>(callable, data, `visitor-${uniqueId('u')}`, {}, uniqueNetwork());

async function listFree(botId: string, serviceId?: string) {
  const from = new Date(Date.now() + 24 * 3_600_000);
  const answer = await asVisitor<ListSlotsResponse>(listSlots, {
    botId,
    from: from.toISOString(),
    to: new Date(from.getTime() + 2 * 86_400_000).toISOString(),
    ...(serviceId ? { serviceId } : {}),
  });
  expect(answer.error).toBeUndefined();
  return answer.result as ListSlotsResponse;
}

/** A booking by a visitor of their own, with an address of its own (`email`) to find its mails by. */
async function book(botId: string, start: string, extra: Record<string, unknown> = {}) {
  const email = `ada-${uniqueId('m')}@example.com`;
  const answer = await asVisitor<BookSlotResponse>(bookSlot, {
    botId,
    start,
    name: 'Ada Lovelace',
    email,
    notes: 'Secret note about my teeth',
    ...extra,
  });
  return { ...answer, email };
}

const bookingOf = async (botId: string, bookingId: string) =>
  (await db.doc(`${paths.bookings(botId)}/${bookingId}`).get()).data() as Record<string, unknown> & {
    status: string;
    unitIds: string[];
    start: Timestamp;
    sequence: number;
  };
const unitOwners = async (botId: string, unitIds: string[]) =>
  Promise.all(unitIds.map(async (id) => (await db.doc(`${paths.slotUnits(botId)}/${id}`).get()).get('bookingId')));
/** The mails delivered to `address` (the outbox keeps no text once a mail is sent). */
const mailsTo = async (address: string) => (await caughtMails()).filter((mail) => mail.to.includes(address));
/** Delivered mails to `address` once one has a subject matching `subject` (the first one starts the mail trigger's worker). */
async function awaitMail(address: string, subject: RegExp) {
  await expect
    .poll(async () => (await mailsTo(address)).some((mail) => subject.test(mail.subject)), { timeout: 90_000 })
    .toBe(true);
  return mailsTo(address);
}
/** How many outbox mails a booking wrote to `address`: each stays listed after sending. */
const outboxCount = async (bookingId: string, address: string) =>
  (await db.collection(paths.mail()).where('bookingId', '==', bookingId).get()).docs.filter((doc) =>
    (doc.get('to') as string[]).includes(address),
  ).length;
const minutes = (iso: string, by: number) => new Date(Date.parse(iso) + by * 60_000).toISOString();

describe('services', () => {
  it('lists active services, claims each one’s duration and buffer, and refuses an inactive one', async () => {
    const { botId } = await bookingBot();
    const listed = await listFree(botId, 'cleaning');
    expect(listed.services.map((service) => service.id)).toEqual(['check-up', 'cleaning']);
    expect(listed.durationMinutes).toBe(60);
    const start = listed.slots[0] as string;
    const cleaning = await book(botId, start, { serviceId: 'cleaning' });
    expect(cleaning.result).toMatchObject({ status: 'confirmed', serviceName: 'Cleaning' });
    const stored = await bookingOf(botId, cleaning.result?.bookingId as string);
    expect(stored.unitIds).toHaveLength(12);
    expect(stored.serviceId).toBe('cleaning');
    // A check-up 30 minutes in overlaps the cleaning; one just before it would need its 10-minute buffer.
    expect(reasonOf(await book(botId, minutes(start, 30), { serviceId: 'check-up' }))).toBe('slot_taken');
    expect(reasonOf(await book(botId, minutes(start, -30), { serviceId: 'check-up' }))).toBe('slot_taken');
    expect((await listFree(botId, 'check-up')).slots).not.toContain(minutes(start, -30));
    const retired = await book(botId, minutes(start, 120), { serviceId: 'retired' });
    expect(retired.error?.status).toBe('INVALID_ARGUMENT');
    expect(reasonOf(retired)).toBe('service_not_found');
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(1);
  });
});

describe('confirmation mode', () => {
  it('holds a request, says it is not confirmed, and confirms with the invitation from the team', async () => {
    const { botId, memberUid, teamEmail } = await bookingBot({ confirmationRequired: true });
    const { slots } = await listFree(botId);
    const requested = await book(botId, slots[0] as string);
    expect(requested.result?.status).toBe('requested');
    const bookingId = requested.result?.bookingId as string;
    expect(reasonOf(await book(botId, slots[0] as string))).toBe('slot_taken');
    const [toVisitor] = await awaitMail(requested.email, /^Your request/);
    expect(toVisitor?.text).toContain('not confirmed yet');
    expect(toVisitor?.attachments).toEqual([]);
    const toTeam = (await awaitMail(teamEmail, /^New booking request/)).find((mail) =>
      mail.subject.startsWith('New booking request'),
    );

    // Signed links: the link's GET asks, its POST decides; a forged token changes nothing.
    const confirmLink = String(toTeam?.text.match(/http\S+decision=confirm/)?.[0]);
    const path = new URL(confirmLink).search;
    const asked = await fetch(`${urls.hosting}/decide${path}`);
    expect({ status: asked.status, body: await asked.text() }).toMatchObject({
      status: 200,
      body: expect.stringContaining('Confirm this booking request?'),
    });
    const forged = new URLSearchParams(path);
    forged.set('token', 'x'.repeat(32));
    const refused = await fetch(`${urls.hosting}/decide`, { method: 'POST', body: forged });
    expect(refused.status).toBe(400);
    expect((await bookingOf(botId, bookingId)).status).toBe('requested');
    const done = await fetch(`${urls.hosting}/decide`, { method: 'POST', body: new URLSearchParams(path) });
    expect(await done.text()).toContain('The booking is confirmed');
    expect((await bookingOf(botId, bookingId)).status).toBe('confirmed');
    const confirmation = (await awaitMail(requested.email, /^Your appointment/)).find((mail) =>
      mail.subject.startsWith('Your appointment'),
    );
    expect(confirmation?.attachments.map((attachment) => attachment.mimeType)).toEqual(['text/calendar']);
    expect(await outboxCount(bookingId, requested.email)).toBe(2);

    // A second answer is refused and changes nothing.
    const again = await runCallableInProcess(decideBooking, { botId, bookingId, decision: 'decline' }, memberUid);
    expect(reasonOf(again)).toBe('booking_state');
    expect((await bookingOf(botId, bookingId)).status).toBe('confirmed');
    // The first request to a page starts its function's worker, slow on a busy machine.
  }, 120_000);

  it('frees the time of a declined request and tells the visitor without an invitation', async () => {
    const { botId, memberUid } = await bookingBot({ confirmationRequired: true });
    const { slots } = await listFree(botId);
    const request = await book(botId, slots[0] as string);
    const bookingId = request.result?.bookingId as string;
    const { unitIds } = await bookingOf(botId, bookingId);
    const answer = await runCallableInProcess(decideBooking, { botId, bookingId, decision: 'decline' }, memberUid);
    expect(answer.result).toEqual({ status: 'declined' });
    expect(await unitOwners(botId, unitIds)).toEqual(unitIds.map(() => undefined));
    const declined = (await awaitMail(request.email, /^Not possible/)).find((mail) =>
      mail.subject.startsWith('Not possible'),
    );
    expect(declined?.attachments).toEqual([]);
    expect((await book(botId, slots[0] as string)).result?.status).toBe('requested');
  });

  it('lets exactly one of a confirmation and the expiry win when they race at the deadline', async () => {
    const { botId } = await bookingBot({ confirmationRequired: true });
    const { slots } = await listFree(botId);
    const setup = bookingMailSetup(await loadBookingContext(botId, { existing: true }));
    const ids: string[] = [];
    const emails: string[] = [];
    // Every other time: the check-up's buffer reaches into the next one.
    for (const start of slots.filter((_, index) => index % 2 === 0).slice(0, 6)) {
      const request = await book(botId, start);
      ids.push(request.result?.bookingId as string);
      emails.push(request.email);
    }
    // Each request's deadline is now: the team confirms a moment before it, the sweep runs a moment after.
    const deadline = Date.now();
    await Promise.all(
      ids.map((id) =>
        db.doc(`${paths.bookings(botId)}/${id}`).update({ requestExpiresAt: Timestamp.fromMillis(deadline) }),
      ),
    );
    const confirmations = ids.map((bookingId) =>
      confirmBooking({ botId, bookingId, now: deadline - 1, reminderHours: 24, setup }).then(
        () => true,
        (error) => {
          expect(reasonOf({ error: { details: error.details } })).toBe('booking_state');
          return false;
        },
      ),
    );
    const [expired, ...confirmed] = await Promise.all([expireRequests(deadline), ...confirmations]);
    expect(expired + confirmed.filter(Boolean).length).toBe(ids.length);
    for (const [index, bookingId] of ids.entries()) {
      const booking = await bookingOf(botId, bookingId);
      expect(booking.status).toBe(confirmed[index] ? 'confirmed' : 'expired');
      const owners = await unitOwners(botId, booking.unitIds);
      expect(owners.every((owner) => owner === (confirmed[index] ? bookingId : undefined))).toBe(true);
      // The request's mail and the winner's: nothing from the loser.
      expect(await outboxCount(bookingId, emails[index] as string)).toBe(2);
      await awaitMail(emails[index] as string, confirmed[index] ? /^Your appointment/ : /^Not confirmed/);
    }
    // A repeated sweep finds nothing more.
    expect(await expireRequests(deadline + 60_000)).toBe(0);
  });
});

describe('rescheduling', () => {
  it('moves into a time 20 others are booking at once: exactly one wins, the old time is freed only if it moved', async () => {
    const { botId, memberUid } = await bookingBot();
    const { slots } = await listFree(botId, 'check-up');
    const [from, to] = [slots[0] as string, slots[4] as string];
    const bookingId = (await book(botId, from, { serviceId: 'check-up' })).result?.bookingId as string;
    const before = await bookingOf(botId, bookingId);
    const [moved, ...others] = await Promise.all([
      runCallableInProcess(rescheduleBooking, { botId, bookingId, start: to }, memberUid),
      ...Array.from({ length: 20 }, () => book(botId, to, { serviceId: 'check-up' })),
    ]);
    const winners = [moved, ...others].filter((answer) => answer.result);
    expect(winners).toHaveLength(1);
    expect([moved, ...others].filter((answer) => reasonOf(answer) === 'slot_taken')).toHaveLength(20);
    const after = await bookingOf(botId, bookingId);
    const owner = moved.result ? bookingId : (others.find((answer) => answer.result)?.result?.bookingId as string);
    const target = moved.result ? after.unitIds : (await bookingOf(botId, owner)).unitIds;
    expect(new Set(await unitOwners(botId, target))).toEqual(new Set([owner]));
    if (moved.result) {
      expect(after.start.toDate().toISOString()).toBe(new Date(to).toISOString());
      expect(after.sequence).toBe(1);
      expect(await unitOwners(botId, before.unitIds)).toEqual(before.unitIds.map(() => undefined));
    } else {
      expect(after.start.toMillis()).toBe(before.start.toMillis());
      expect(new Set(await unitOwners(botId, before.unitIds))).toEqual(new Set([bookingId]));
    }
  });

  it('keeps the UID with the next SEQUENCE as METHOD:REQUEST, and refuses a time that is not offered', async () => {
    const { botId, memberUid } = await bookingBot();
    const { slots } = await listFree(botId, 'check-up');
    const made = await book(botId, slots[0] as string, { serviceId: 'check-up' });
    const bookingId = made.result?.bookingId as string;
    const odd = await runCallableInProcess(
      rescheduleBooking,
      { botId, bookingId, start: minutes(slots[1] as string, 5) },
      memberUid,
    );
    expect(reasonOf(odd)).toBe('slot_unavailable');
    expect((await bookingOf(botId, bookingId)).sequence).toBe(0);
    const answer = await runCallableInProcess(
      rescheduleBooking,
      { botId, bookingId, start: slots[3] as string },
      memberUid,
    );
    expect(answer.error).toBeUndefined();
    const moved = (await awaitMail(made.email, /^Moved/)).filter((mail) => mail.subject.startsWith('Moved'));
    expect(moved).toHaveLength(1);
    const calendar = new ICAL.Component(ICAL.parse(moved[0]?.attachments[0]?.content as string));
    const event = calendar.getFirstSubcomponent('vevent') as ICAL.Component;
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(event.getFirstPropertyValue('uid')).toBe(`${bookingId}@frontdesk`);
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect((event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      new Date(slots[3] as string).toISOString(),
    );
  });

  it('lets the visitor choose a free time on the hosted page, in the bot’s language', async () => {
    const { botId } = await bookingBot({}, 'de');
    const { slots } = await listFree(botId, 'check-up');
    const made = await book(botId, slots[0] as string, { serviceId: 'check-up' });
    const bookingId = made.result?.bookingId as string;
    const confirmation = (await awaitMail(made.email, /^Ihr Termin bei/)).find((mail) =>
      mail.subject.startsWith('Ihr Termin bei'),
    );
    expect(confirmation?.text).toContain('Hallo Ada Lovelace');
    const link = new URL(String(confirmation?.text.match(/http\S+\/reschedule\?\S+/)?.[0]));
    const page = await fetch(`${urls.hosting}/reschedule${link.search}`);
    // The hosted site's CSP: no inline script, forms post back to the site only.
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    const html = await page.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Anderen Termin wählen');
    const offered = [...html.matchAll(/name="start" id="\w+" value="([^"]+)"/g)].map((match) => match[1] as string);
    expect(offered).toContain(new Date(slots[2] as string).toISOString());
    expect(offered).not.toContain(new Date(slots[0] as string).toISOString());
    const form = new URLSearchParams(link.search);
    form.set('start', new Date(slots[2] as string).toISOString());
    const done = await fetch(`${urls.hosting}/reschedule`, { method: 'POST', body: form });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('Ihr Termin ist verschoben');
    expect((await bookingOf(botId, bookingId)).start.toDate().toISOString()).toBe(
      new Date(slots[2] as string).toISOString(),
    );
    // The same link with a wrong token moves nothing.
    form.set('token', 'y'.repeat(32));
    form.set('start', new Date(slots[4] as string).toISOString());
    expect((await fetch(`${urls.hosting}/reschedule`, { method: 'POST', body: form })).status).toBe(400);
  }, 120_000);
});

describe('reminders', () => {
  it('sends each due reminder once when runs repeat and overlap, and none for cancelled or past bookings', async () => {
    const { botId } = await bookingBot({ reminderHours: 24 });
    const { slots } = await listFree(botId, 'check-up');
    const ids: string[] = [];
    const emails: string[] = [];
    for (const start of slots.filter((_, index) => index % 2 === 0).slice(0, 4)) {
      const made = await book(botId, start, { serviceId: 'check-up' });
      ids.push(made.result?.bookingId as string);
      emails.push(made.email);
    }
    const now = Date.now();
    const due = Timestamp.fromMillis(now - 60_000);
    const [kept, other, cancelled, past] = ids as [string, string, string, string];
    await Promise.all(ids.map((id) => db.doc(`${paths.bookings(botId)}/${id}`).update({ reminderAt: due })));
    await db.doc(`${paths.bookings(botId)}/${cancelled}`).update({ status: 'cancelled' });
    await db.doc(`${paths.bookings(botId)}/${past}`).update({ start: Timestamp.fromMillis(now - 3_600_000) });
    const runs = await Promise.all([sendDueReminders(now), sendDueReminders(now)]);
    expect(await sendDueReminders(now)).toBe(0);
    // Other tests' bookings may fall due meanwhile; these two are sent by exactly one of the runs.
    expect(runs.reduce((sum, sent) => sum + sent, 0)).toBeGreaterThanOrEqual(2);
    for (const [index, id] of [kept, other].entries()) {
      const email = emails[index] as string;
      // The confirmation and one reminder, however many runs.
      expect(await outboxCount(id, email)).toBe(2);
      const reminder = (await awaitMail(email, /^Reminder/)).filter((mail) => mail.subject.startsWith('Reminder'));
      expect(reminder).toHaveLength(1);
      expect(reminder[0]?.text).toMatch(/\/cancel\?/);
      expect(reminder[0]?.text).toMatch(/\/reschedule\?/);
      expect((await bookingOf(botId, id)).reminderAt).toBeNull();
    }
    // Only their confirmations: nothing for the cancelled or the past one.
    expect(await outboxCount(cancelled, emails[2] as string)).toBe(1);
    expect(await outboxCount(past, emails[3] as string)).toBe(1);
  });
});

describe('calendar feed and outcomes', () => {
  it('serves a valid RFC 5545 feed at a secret address, without notes unless on, revocable and re-creatable', async () => {
    const { botId } = await bookingBot();
    const team = await seedBookingBot();
    const owner = `owner-${uniqueId('o')}`;
    const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
    await db.doc(paths.tenant(tenantId)).update({ [`members.${owner}`]: 'owner' });
    const { slots } = await listFree(botId, 'check-up');
    await book(botId, slots[0] as string, { serviceId: 'check-up' });
    await book(botId, slots[3] as string, { serviceId: 'cleaning' });
    // Another team's member cannot make one.
    const stranger = await runCallableInProcess(setCalendarFeed, { botId, action: 'create' }, team.memberUid);
    expect(reasonOf(stranger)).toBe('not_a_member');

    const created = await runCallableInProcess<{ url: string }>(setCalendarFeed, { botId, action: 'create' }, owner);
    const path = new URL(created.result?.url as string).pathname;
    const feed = await fetch(`${urls.hosting}${path}`);
    const text = await feed.text();
    expect({ status: feed.status, text }).toMatchObject({
      status: 200,
      text: expect.stringMatching(/^BEGIN:VCALENDAR/),
    });
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.summary).sort()).toEqual(['Check-up: Ada Lovelace', 'Cleaning: Ada Lovelace']);
    expect(text).not.toContain('Secret note');
    await db.doc(paths.availability(botId)).update({ feedIncludesNotes: true });
    expect(await (await fetch(`${urls.hosting}${path}`)).text()).toContain('Secret note');

    const recreated = await runCallableInProcess<{ url: string }>(setCalendarFeed, { botId, action: 'create' }, owner);
    expect((await fetch(`${urls.hosting}${path}`)).status).toBe(404);
    const newPath = new URL(recreated.result?.url as string).pathname;
    expect((await fetch(`${urls.hosting}${newPath}`)).status).toBe(200);
    await runCallableInProcess(setCalendarFeed, { botId, action: 'revoke' }, owner);
    expect((await fetch(`${urls.hosting}${newPath}`)).status).toBe(404);
    expect((await fetch(`${urls.hosting}/feed/${botId}/short.ics`)).status).toBe(400);
  }, 120_000);

  it('marks an ended appointment attended or no-show, refuses one not yet over, and counts no-shows', async () => {
    const { botId, memberUid } = await bookingBot();
    const { slots } = await listFree(botId, 'check-up');
    const bookingId = (await book(botId, slots[0] as string, { serviceId: 'check-up' })).result?.bookingId as string;
    const early = await runCallableInProcess(setBookingOutcome, { botId, bookingId, outcome: 'no_show' }, memberUid);
    expect(reasonOf(early)).toBe('booking_state');
    expect((await bookingOf(botId, bookingId)).outcome).toBeNull();
    const hourAgo = Date.now() - 3_600_000;
    await db.doc(`${paths.bookings(botId)}/${bookingId}`).update({
      start: Timestamp.fromMillis(hourAgo - 1_800_000),
      end: Timestamp.fromMillis(hourAgo),
    });
    const bad = await runCallableInProcess(setBookingOutcome, { botId, bookingId, outcome: 'late' }, memberUid);
    expect(reasonOf(bad)).toBe('invalid_input');
    const marked = await runCallableInProcess(setBookingOutcome, { botId, bookingId, outcome: 'no_show' }, memberUid);
    expect(marked.result).toEqual({ outcome: 'no_show' });
    expect((await bookingOf(botId, bookingId)).outcome).toBe('no_show');
    const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
    await expect
      .poll(async () =>
        (await db.collection(paths.usageDays(tenantId)).get()).docs.reduce(
          (sum, doc) => sum + ((doc.get('bookingsNoShow') as number | undefined) ?? 0),
          0,
        ),
      )
      .toBe(1);
  });
});
