/**
 * Booking benchmarks, run with `npm run bench:booking` (emulators started for it). Prints numbers; asserts
 * nothing. The real bookSlot handler runs in this process (see runCallableInProcess) against the Firestore
 * emulator, where all contention happens.
 * 1. Latency p50/p95 of bookSlot when 50 clients race for one slot (10 rounds).
 * 2. Bookings per second on distinct slots, 20 in flight at a time.
 */
import { type Availability, type BookSlotResponse, defaultAvailability, paths } from '@frontdesk/contract';
import { db } from '../../../tests/support/db.ts';
import { runCallableInProcess } from '../../../tests/support/runCallableInProcess.ts';
import { seedBot } from '../../../tests/support/seedBot.ts';
import { uniqueId } from '../../../tests/support/uniqueId.ts';
import { applyFunctionParams } from '../emulators/applyFunctionParams.ts';
import { percentile } from './percentile.ts';

applyFunctionParams();
const { bookSlot } = await import('../../../functions/src/booking/bookSlot.ts');

const allDay = [{ start: '00:00', end: '24:00' }];
const availability: Availability = {
  ...defaultAvailability,
  slotMinutes: 15,
  durationsMinutes: [15],
  minNoticeMinutes: 60,
  maxDaysAhead: 365,
  weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
};

const botId = await seedBot();
await db.doc(paths.bot(botId)).update({ appointmentsEnabled: true, timezone: 'UTC' });
await db.doc(paths.availability(botId)).set(availability);
const firstSlot = Math.ceil((Date.now() + 2 * 3_600_000) / 900_000) * 900_000;
const slotAt = (index: number) => new Date(firstSlot + index * 900_000).toISOString();
const attempt = async (start: string, index: number) => {
  const startedAt = performance.now();
  const answer = await runCallableInProcess<BookSlotResponse>(
    bookSlot,
    { botId, start, durationMinutes: 15, name: 'Bench Visitor', email: `bench-${index}@example.com` },
    `bench-${uniqueId('v')}`,
  );
  return { ms: performance.now() - startedAt, booked: Boolean(answer.result) };
};

const contended: number[] = [];
let winners = 0;
for (let round = 0; round < 10; round += 1) {
  const results = await Promise.all(Array.from({ length: 50 }, (_, index) => attempt(slotAt(round), index)));
  contended.push(...results.map((result) => result.ms));
  winners += results.filter((result) => result.booked).length;
}
console.log(
  `50-way contention on one slot, 10 rounds: ${winners} bookings (one per round expected); latency p50 ${percentile(contended, 50).toFixed(0)} ms, p95 ${percentile(contended, 95).toFixed(0)} ms`,
);

const distinct = 200;
const startedAt = performance.now();
let next = 0;
let booked = 0;
await Promise.all(
  Array.from({ length: 20 }, async () => {
    while (next < distinct) {
      const index = next++;
      if ((await attempt(slotAt(100 + index), index)).booked) booked += 1;
    }
  }),
);
const seconds = (performance.now() - startedAt) / 1000;
console.log(
  `${booked} of ${distinct} bookings on distinct slots in ${seconds.toFixed(1)} s: ${(booked / seconds).toFixed(1)} bookings/s`,
);
process.exit(0);
