/**
 * Booking benchmarks, run with `npm run bench:booking` (the Auth and Firestore emulators started for it). Prints
 * numbers; asserts nothing. The real handlers run in this process (see runCallableInProcess) against the Firestore
 * emulator, where all contention happens. The Functions emulator is not started: the triggers a booking fires
 * (its mails, its event) run on instances of their own when deployed, while here they took the two cores from
 * the database being measured. Every attempt comes from a network and an address of its own and names its own
 * `clientRequestId`, as the widget does, and the bot's daily limit is raised, so the numbers measure booking, not
 * the limits refusing a flood from one place.
 * 1. Latency p50/p95 of bookSlot when 50 clients race for one slot (10 rounds).
 * 2. Bookings per second on distinct slots, 20 in flight at a time.
 * 3. Rescheduling under contention: one booking moved into a slot 49 others are booking (10 rounds).
 * 4. Reminders: 1,000 bookings due within the same hour, drained by two overlapping runs.
 * `-- contention` runs the first alone.
 */
import { type Availability, type BookSlotResponse, defaultAvailability, paths } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { db } from '../../../tests/support/db.ts';
import { runCallableInProcess } from '../../../tests/support/runCallableInProcess.ts';
import { seedBot } from '../../../tests/support/seedBot.ts';
import { uniqueId } from '../../../tests/support/uniqueId.ts';
import { uniqueNetwork } from '../../../tests/support/uniqueNetwork.ts';
import { applyFunctionParams } from '../emulators/applyFunctionParams.ts';
import { percentile } from './percentile.ts';

applyFunctionParams({ BOOKINGS_PER_BOT_PER_DAY: '100000' });
const { bookSlot } = await import('../../../functions/src/booking/bookSlot.ts');
const { rescheduleBooking } = await import('../../../functions/src/booking/rescheduleBooking.ts');
const { sendDueReminders } = await import('../../../functions/src/booking/sendDueReminders.ts');

const allDay = [{ start: '00:00', end: '24:00' }];
const availability: Availability = {
  ...defaultAvailability,
  slotMinutes: 15,
  durationsMinutes: [15],
  minNoticeMinutes: 60,
  maxDaysAhead: 365,
  weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
};

const member = uniqueId('member');
const botId = await seedBot({ tenant: { members: { [member]: 'agent' } } });
await db.doc(paths.bot(botId)).update({ appointmentsEnabled: true, timezone: 'UTC' });
await db.doc(paths.availability(botId)).set(availability);
const firstSlot = Math.ceil((Date.now() + 2 * 3_600_000) / 900_000) * 900_000;
const slotAt = (index: number) => new Date(firstSlot + index * 900_000).toISOString();
const timed = async <T>(run: () => Promise<{ result?: T }>) => {
  const startedAt = performance.now();
  const answer = await run();
  return { ms: performance.now() - startedAt, won: Boolean(answer.result), result: answer.result };
};
const attempt = (start: string) =>
  timed(() =>
    runCallableInProcess<BookSlotResponse>(
      bookSlot,
      {
        botId,
        start,
        durationMinutes: 15,
        name: 'Bench Visitor',
        email: `${uniqueId('bench')}@example.com`,
        clientRequestId: uniqueId('req'),
      },
      `bench-${uniqueId('v')}`,
      {},
      uniqueNetwork(),
    ),
  );
const summary = (latencies: number[]) =>
  `p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms`;

// One race first, unmeasured: the first requests of a process open its connections and run its code cold, and
// alone took as long as 2.3 s for all 50, which made the p95 of ten rounds the time of that first one.
await Promise.all(Array.from({ length: 50 }, () => attempt(slotAt(99))));
const contended: number[] = [];
let winners = 0;
for (let round = 0; round < 10; round += 1) {
  const results = await Promise.all(Array.from({ length: 50 }, () => attempt(slotAt(round))));
  contended.push(...results.map((result) => result.ms));
  winners += results.filter((result) => result.won).length;
}
console.log(
  `50-way contention on one slot, 10 rounds: ${winners} bookings (one per round expected); latency ${summary(contended)}`,
);
// `npm run bench:booking -- contention`: the measurement above alone.
if (process.argv[2] === 'contention') process.exit(0);

const distinct = 200;
const startedAt = performance.now();
let next = 0;
let booked = 0;
await Promise.all(
  Array.from({ length: 20 }, async () => {
    while (next < distinct) {
      const index = next++;
      if ((await attempt(slotAt(100 + index))).won) booked += 1;
    }
  }),
);
const seconds = (performance.now() - startedAt) / 1000;
console.log(
  `${booked} of ${distinct} bookings on distinct slots in ${seconds.toFixed(1)} s: ${(booked / seconds).toFixed(1)} bookings/s`,
);

const moving: number[] = [];
let moveRounds = 0;
let moveWinners = 0;
for (let round = 0; round < 10; round += 1) {
  const own = await attempt(slotAt(400 + 2 * round));
  const target = slotAt(401 + 2 * round);
  const move = timed(() =>
    runCallableInProcess(rescheduleBooking, { botId, bookingId: own.result?.bookingId, start: target }, member),
  );
  const results = await Promise.all([move, ...Array.from({ length: 49 }, () => attempt(target))]);
  moving.push(...results.map((result) => result.ms));
  const won = results.filter((result) => result.won).length;
  moveWinners += won;
  if (won === 1) moveRounds += 1;
}
console.log(
  `Rescheduling into a slot 49 others book at once, 10 rounds: exactly one winner in ${moveRounds} of 10 rounds (${moveWinners} winners); latency ${summary(moving)}`,
);

// 1,000 confirmed bookings due for their reminder within the last hour, written directly (the bench measures
// the sweep, not booking).
const hourAgo = Date.now() - 3_600_000;
const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
const writer = db.bulkWriter();
const remindedIds: string[] = [];
for (let index = 0; index < 1_000; index += 1) {
  const id = uniqueId('rem');
  remindedIds.push(id);
  const start = firstSlot + (600 + index) * 900_000;
  writer.set(db.doc(`${paths.bookings(botId)}/${id}`), {
    botId,
    tenantId,
    visitorUid: 'bench',
    conversationId: null,
    status: 'confirmed',
    serviceId: 'default',
    serviceName: '',
    start: Timestamp.fromMillis(start),
    end: Timestamp.fromMillis(start + 900_000),
    claimEnd: Timestamp.fromMillis(start + 900_000),
    durationMinutes: 15,
    name: 'Bench Visitor',
    email: `${id}@example.com`,
    phone: null,
    notes: null,
    unitIds: [],
    sequence: 0,
    cancelTokenHash: 'x',
    cancelTokenExpiresAt: Timestamp.fromMillis(start),
    createdAt: Timestamp.now(),
    cancelledAt: null,
    cancelledBy: null,
    requestExpiresAt: null,
    reminderAt: Timestamp.fromMillis(hourAgo + index * 3_600),
    reminderSentAt: null,
    outcome: null,
  });
}
await writer.close();
const drainStart = performance.now();
const [first, second] = await Promise.all([sendDueReminders(Date.now()), sendDueReminders(Date.now())]);
const drained = (performance.now() - drainStart) / 1000;
const mails = await db.collection(paths.mail()).where('botId', '==', botId).get();
const reminders = new Map<string, number>();
for (const mail of mails.docs) {
  if (!String(mail.get('message.subject')).startsWith('Reminder')) continue;
  const id = mail.get('bookingId') as string;
  reminders.set(id, (reminders.get(id) ?? 0) + 1);
}
const doubled = [...reminders.values()].filter((count) => count > 1).length;
const missing = remindedIds.filter((id) => !reminders.has(id)).length;
console.log(
  `Reminders for 1,000 bookings due within one hour, two overlapping runs: drained in ${drained.toFixed(1)} s (${(1_000 / drained).toFixed(0)}/s); runs sent ${first} + ${second}; ${reminders.size} reminded, ${doubled} doubled, ${missing} missing`,
);
process.exit(0);
