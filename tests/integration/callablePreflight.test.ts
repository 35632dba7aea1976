import { warmUpCall } from '@frontdesk/contract/warmUp';
import { describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';

/** The CORS preflight every page's call is preceded by (cross-origin, with an Authorization header). */
describe('callable preflight', () => {
  it('lets the browser keep the answer for two hours, for the widget and the console alike', async () => {
    for (const name of ['sendMessage', 'listSlots', 'updateBotSettings']) {
      const response = await fetch(`${urls.functions}/${name}`, {
        method: 'OPTIONS',
        headers: {
          origin: 'https://shop.example.com',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(response.status, name).toBe(204);
      expect(response.headers.get('access-control-allow-origin'), name).toBe('https://shop.example.com');
      expect(response.headers.get('access-control-max-age'), name).toBe('7200');
    }
  });

  it('answers a warm-up call at once, asking no model and writing nothing', async () => {
    const visitor = await signInAnonymously();
    await fakeModel.reset();
    // What a call could write before the model: counters, conversations, events.
    const counts = () =>
      Promise.all(
        ['rateLimits', 'conversations', 'messages', 'events'].map(
          async (name) => (await db.collectionGroup(name).count().get()).data().count,
        ),
      );
    const before = await counts();

    const answer = await callFunction<{ warm: boolean }>('sendMessage', warmUpCall, visitor.idToken);

    expect(answer).toEqual({ httpStatus: 200, result: { warm: true } });
    expect(await fakeModel.requests()).toHaveLength(0);
    expect(await counts()).toEqual(before);
  });

  it('treats anything more than the warm-up as a message, refused as bad input', async () => {
    const visitor = await signInAnonymously();
    const answer = await callFunction('sendMessage', { ...warmUpCall, botId: 'some-bot' }, visitor.idToken);
    expect(answer.error).toMatchObject({ status: 'INVALID_ARGUMENT', details: { reason: 'invalid_input' } });
  });
});
