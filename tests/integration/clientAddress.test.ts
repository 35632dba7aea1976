import { paths } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { awaitFreshMinuteWindow } from '../support/awaitFreshMinuteWindow.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';

const reasonOf = (answer: { error?: { details?: unknown } }) =>
  (answer.error?.details as { reason?: string } | undefined)?.reason;

/**
 * The attack: fresh anonymous visitors from one machine, each claiming another network in X-Forwarded-For.
 * Express's `req.ip` believes the left-most entry, which the client writes. The emulator forwards the header
 * as sent and adds no hop of its own, so the emulators run with TRUSTED_PROXY_HOPS=0 (see the README).
 */
describe('per-network limits key on an address the client cannot choose', () => {
  it('limits a burst of visitors that each forge a different X-Forwarded-For like any burst from one machine', async () => {
    const botId = await seedBot({
      settings: {
        limits: { visitorPerMinute: 100, visitorPerDay: 100, ipPerMinute: 3, ipPerDay: 100, botPerMinute: 100 },
      },
    });
    const visitors = await Promise.all(Array.from({ length: 6 }, () => signInAnonymously()));
    await awaitFreshMinuteWindow(); // the six messages must fall into one minute
    const answers = [];
    for (const [index, visitor] of visitors.entries()) {
      const forged = index % 2 === 0 ? `198.51.100.${index + 1}` : `203.0.113.${index + 1}, 198.51.100.${index + 1}`;
      answers.push(
        await callFunction('sendMessage', { botId, text: `hello ${index}` }, visitor.idToken, {
          'x-forwarded-for': forged,
        }),
      );
    }

    expect(answers.filter((answer) => !answer.error)).toHaveLength(3);
    expect(answers.filter((answer) => reasonOf(answer) === 'rate_limited')).toHaveLength(3);
    // One network counter for the whole burst, and none of the forged addresses reached a key.
    const counters = (await db.collection(paths.rateLimits()).get()).docs
      .map((doc) => doc.id)
      .filter((id) => id.startsWith(`ip:${botId}:`));
    expect(counters.length).toBeGreaterThanOrEqual(1);
    expect(counters.every((id) => !id.includes('198.51.100') && !id.includes('203.0.113'))).toBe(true);
    expect((await db.collection(paths.conversations(botId)).get()).size).toBe(3);
  });
});
