import { type BookSlotResponse, type ListSlotsResponse, paths } from '@frontdesk/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { awaitFreshMinuteWindow } from '../support/awaitFreshMinuteWindow.ts';
import { awaitFreshWindow, DAY_MS, HOUR_MS } from '../support/awaitFreshWindow.ts';
import { freeSlots, seedBookingBot } from '../support/bookingBot.ts';
import type { CallableAnswer } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { runCallableInProcess } from '../support/runCallableInProcess.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { reasonOf } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { uniqueNetwork } from '../support/uniqueNetwork.ts';

/**
 * Attacks on the booking callables as a visitor can make them: anonymous users are free, so every limit that
 * matters keys on something the visitor cannot renew at will (their network, the bot, the address mailed).
 * The handlers run in this process, so each request can come from a network of the test's choosing.
 */
type Callable = { run(request: never): unknown };
let bookSlot: Callable;
let listSlots: Callable;

beforeAll(async () => {
  applyFunctionParams();
  ({ bookSlot } = await import('../../functions/src/booking/bookSlot.ts'));
  ({ listSlots } = await import('../../functions/src/booking/listSlots.ts'));
});

/** Runs `body` with some params changed in this process (the handlers read them per call), then restores them. */
async function withParams<T>(params: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(params).map((name) => [name, process.env[name]]));
  Object.assign(process.env, params);
  try {
    return await body();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

const request = (botId: string, start: string, email = `${uniqueId('visitor')}@example.com`) => ({
  botId,
  start,
  durationMinutes: 30,
  name: 'Mallory',
  email,
});

/** A booking by a fresh anonymous visitor (a new uid costs an attacker nothing) from `network`. */
const bookAs = (botId: string, start: string, network: string, email?: string) =>
  runCallableInProcess<BookSlotResponse>(bookSlot, request(botId, start, email), uniqueId('visitor'), {}, network);

/** Books the slots one after the other and answers how many were booked before the first refusal. */
async function bookUntilRefused(
  attempts: Array<() => Promise<CallableAnswer<BookSlotResponse>>>,
): Promise<{ booked: number; refusal: CallableAnswer<BookSlotResponse> | undefined }> {
  let booked = 0;
  for (const attempt of attempts) {
    const answer = await attempt();
    if (answer.error) return { booked, refusal: answer };
    booked += 1;
  }
  return { booked, refusal: undefined };
}

async function slotsOf(botId: string, days = 2): Promise<string[]> {
  const visitor = await signInAnonymously();
  return (await freeSlots(botId, visitor.idToken, 30, days)).slots;
}

describe('booking limits per network, bot and address', () => {
  it('books at most 10 times an hour from one network into one bot, however many visitors it uses', async () => {
    await awaitFreshWindow(HOUR_MS, 60_000);
    const { botId } = await seedBookingBot();
    const slots = await slotsOf(botId);
    const network = uniqueNetwork();
    const burst = await bookUntilRefused(slots.slice(0, 15).map((start) => () => bookAs(botId, start, network)));
    expect(burst.booked).toBe(10);
    expect(burst.refusal?.error).toMatchObject({ status: 'RESOURCE_EXHAUSTED', details: { reason: 'rate_limited' } });
    expect(burst.refusal?.error?.details).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    // Another network is not held back by this one.
    expect((await bookAs(botId, slots[20] as string, uniqueNetwork())).error).toBeUndefined();
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(11);
  });

  it('books at most BOOKINGS_PER_NETWORK_PER_DAY times a day from one network, across bots', async () => {
    await awaitFreshWindow(DAY_MS, 60_000);
    const bots = await Promise.all([seedBookingBot(), seedBookingBot(), seedBookingBot()]);
    const slots = await Promise.all(bots.map(({ botId }) => slotsOf(botId)));
    const network = uniqueNetwork();
    const burst = await withParams({ BOOKINGS_PER_NETWORK_PER_DAY: '4' }, () =>
      bookUntilRefused(
        bots.flatMap(({ botId }, bot) =>
          [0, 1].map((index) => () => bookAs(botId, slots[bot]?.[index] as string, network)),
        ),
      ),
    );
    expect(burst.booked).toBe(4);
    expect(reasonOf(burst.refusal ?? {})).toBe('rate_limited');
  });

  it('takes at most BOOKINGS_PER_BOT_PER_DAY bookings a day into one bot, from any number of networks', async () => {
    await awaitFreshWindow(DAY_MS, 60_000);
    const { botId } = await seedBookingBot();
    const slots = await slotsOf(botId);
    const day = await withParams({ BOOKINGS_PER_BOT_PER_DAY: '3' }, () =>
      bookUntilRefused(slots.slice(0, 6).map((start) => () => bookAs(botId, start, uniqueNetwork()))),
    );
    expect(day.booked).toBe(3);
    expect(reasonOf(day.refusal ?? {})).toBe('rate_limited');
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(3);
  });

  it('mails one address at most 5 booking confirmations a day, across bots and networks', async () => {
    await awaitFreshWindow(DAY_MS, 60_000);
    const victim = `${uniqueId('victim')}@example.com`;
    const bots = await Promise.all([seedBookingBot(), seedBookingBot()]);
    const slots = await Promise.all(bots.map(({ botId }) => slotsOf(botId)));
    const burst = await bookUntilRefused(
      [0, 1, 2, 3].flatMap((index) =>
        bots.map(
          ({ botId }, bot) =>
            () =>
              bookAs(botId, slots[bot]?.[index] as string, uniqueNetwork(), victim),
        ),
      ),
    );
    expect(burst.booked).toBe(5);
    expect(reasonOf(burst.refusal ?? {})).toBe('rate_limited');
    const mailedToVictim = await db.collection(paths.mail()).where('to', 'array-contains', victim).get();
    expect(mailedToVictim.size).toBe(5);
  });
});

describe('listSlots limits', () => {
  const range = (botId: string) => {
    const from = new Date(Date.now() + DAY_MS);
    return { botId, from: from.toISOString(), to: new Date(from.getTime() + 7 * DAY_MS).toISOString() };
  };
  const list = (botId: string, uid: string, network: string) =>
    runCallableInProcess<ListSlotsResponse>(listSlots, range(botId), uid, {}, network);

  it('answers one visitor at most 30 listings a minute', async () => {
    await awaitFreshMinuteWindow(30_000);
    const { botId } = await seedBookingBot();
    const visitor = uniqueId('visitor');
    const answers = [];
    for (let index = 0; index < 31; index += 1) answers.push(await list(botId, visitor, uniqueNetwork()));
    expect(answers.slice(0, 30).every((answer) => answer.result)).toBe(true);
    expect(reasonOf(answers[30] ?? {})).toBe('rate_limited');
  });

  it('answers one network at most 120 listings a minute, however many visitors it uses', async () => {
    await awaitFreshMinuteWindow(40_000);
    const { botId } = await seedBookingBot();
    const network = uniqueNetwork();
    const answers = [];
    for (let index = 0; index < 121; index += 1) answers.push(await list(botId, uniqueId('visitor'), network));
    expect(answers.slice(0, 120).every((answer) => answer.result)).toBe(true);
    expect(reasonOf(answers[120] ?? {})).toBe('rate_limited');
  });
});
