import { paths } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { freeSlots, seedBookingBot } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';

const reasonOf = (answer: { error?: { details?: unknown } }) =>
  (answer.error?.details as { reason?: string } | undefined)?.reason;

const withoutToken = { 'x-firebase-appcheck': '' };

/**
 * The emulated tests run with APP_CHECK=enforce. The Functions emulator decodes an App Check token without
 * verifying its signature, so these tests show the wiring (a missing or unreadable token is refused with a
 * typed reason, a token naming an app passes), not the cryptography: see the README's App Check section.
 */
describe('App Check on the visitor callables (APP_CHECK=enforce)', () => {
  it('refuses sendMessage without a token with app_check_failed, and writes nothing', async () => {
    await fakeModel.reset();
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const refused = await callFunction('sendMessage', { botId, text: 'Hello?' }, visitor.idToken, withoutToken);

    expect(refused.error).toMatchObject({ status: 'UNAUTHENTICATED', details: { reason: 'app_check_failed' } });
    expect((await db.collection(paths.conversations(botId)).get()).size).toBe(0);
    const counters = (await db.collection(paths.rateLimits()).get()).docs.filter((doc) => doc.id.includes(botId));
    expect(counters).toEqual([]);
    expect(await fakeModel.requests()).toEqual([]);
  });

  it('refuses listSlots and bookSlot without a token, and books nothing', async () => {
    const { botId } = await seedBookingBot();
    const visitor = await signInAnonymously();
    const { slots } = await freeSlots(botId, visitor.idToken); // with a token: answers
    const from = new Date(Date.now() + 86_400_000).toISOString();
    const to = new Date(Date.now() + 2 * 86_400_000).toISOString();

    const listed = await callFunction(
      'listSlots',
      { botId, from, to, durationMinutes: 30 },
      visitor.idToken,
      withoutToken,
    );
    const booked = await callFunction(
      'bookSlot',
      { botId, start: slots[0], durationMinutes: 30, name: 'Ada', email: 'ada@example.com' },
      visitor.idToken,
      withoutToken,
    );

    expect(reasonOf(listed)).toBe('app_check_failed');
    expect(reasonOf(booked)).toBe('app_check_failed');
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(0);
  });

  it('refuses a header that is no token at all', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const refused = await callFunction('sendMessage', { botId, text: 'Hello?' }, visitor.idToken, {
      'x-firebase-appcheck': 'not-a-token',
    });
    expect(reasonOf(refused)).toBe('app_check_failed');
  });

  it('admits a visitor call that carries a token', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const answer = await callFunction('sendMessage', { botId, text: 'Hello?' }, visitor.idToken);
    expect(answer.error).toBeUndefined();
  });

  it('leaves the console callables to their own checks: App Check applies to visitor callables only', async () => {
    const visitor = await signInAnonymously();
    const answer = await callFunction('whoAmI', {}, visitor.idToken, withoutToken);
    expect(reasonOf(answer)).not.toBe('app_check_failed');
  });
});
