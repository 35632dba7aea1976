import { paths } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';
import { db } from '../support/db.ts';
import { seedBot } from '../support/seedBot.ts';

/**
 * The cancel page (`/cancel`, a Hosting rewrite to a function) is reachable by anyone with any query or form.
 * Whatever arrives, it answers a page: 400 for a malformed or unknown link, never a 500.
 */

const TOKEN = 'a'.repeat(32);

/** The page's answer to a GET with `query`, or a POST with `form`, through the Hosting emulator. */
async function cancelPage(method: 'GET' | 'POST', params: string) {
  const response =
    method === 'GET'
      ? await fetch(`${urls.hosting}/cancel?${params}`)
      : await fetch(`${urls.hosting}/cancel`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: params,
        });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('the cancel page with a malformed link', () => {
  it('answers 400 with a page, never 500, to repeated, slashed, missing, overlong or odd parameters', async () => {
    const botId = await seedBot();
    const good = (overrides: Record<string, string> = {}) =>
      new URLSearchParams({ bot: botId, booking: 'booking-1', token: TOKEN, ...overrides }).toString();
    const malformed = [
      `${good()}&bot=${botId}`,
      `${good()}&booking=other`,
      `${good()}&token=${TOKEN}`,
      'bot[]=x&booking=b&token=t',
      'bot[a]=x&booking=b&token=t',
      good({ bot: `${botId}/private/settings` }),
      good({ booking: 'a/b' }),
      good({ booking: '..' }),
      good({ booking: '__name__' }),
      good({ bot: '__bot__' }),
      good({ token: 'x/y' }),
      good({ bot: 'b'.repeat(2_000) }),
      good({ booking: 'b'.repeat(2_000) }),
      good({ token: 't'.repeat(5_000) }),
      good({ bot: '' }),
      `booking=booking-1&token=${TOKEN}`,
      '',
    ];
    // Every answer that is not a 400 page, listed whole, so a failure shows all of them at once.
    const wrong: string[] = [];
    for (const params of malformed) {
      for (const method of ['GET', 'POST'] as const) {
        const answer = await cancelPage(method, params);
        const isPage = /^text\/html/.test(answer.type ?? '') && /<h1>[^<]+<\/h1>/.test(answer.body);
        if (answer.status !== 400 || !isPage) wrong.push(`${method} ${params.slice(0, 100)} → ${answer.status}`);
      }
    }
    expect(wrong).toEqual([]);
    // A well-formed link to a booking that does not exist asks on GET and is refused on POST, also with 400.
    expect((await cancelPage('GET', good())).status).toBe(200);
    const unknown = await cancelPage('POST', good());
    expect(unknown.status).toBe(400);
    expect(unknown.body).toContain('The appointment was not cancelled');
    expect((await cancelPage('POST', good({ bot: 'no-such-bot' }))).status).toBe(400);
    expect((await db.collection(paths.bookings(botId)).get()).size).toBe(0);
  });

  it('answers other methods with 405 and a page', async () => {
    const response = await fetch(`${urls.hosting}/cancel?bot=b&booking=b&token=${TOKEN}`, { method: 'PUT' });
    expect(response.status).toBe(405);
    expect(await response.text()).toMatch(/<h1>[^<]+<\/h1>/);
  });
});
