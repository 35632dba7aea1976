import { type ApiChatEvent, type CreateApiKeyResponse, MAX_API_BODY_BYTES, paths } from '@frontdesk/contract';
import { ApiRequestError } from '@frontdesk/contract/apiClient';
import { Validator } from '@seriousme/openapi-schema-validator';
import { FieldPath } from 'firebase-admin/firestore';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, apiFetch, seedApiKey } from '../support/apiKey.ts';
import { awaitFreshMinuteWindow } from '../support/awaitFreshMinuteWindow.ts';
import { seedBookingBot } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { seedBot } from '../support/seedBot.ts';
import { reasonOf, seedTeam, type Team } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';

/**
 * The HTTP API's doors over real HTTP through the Hosting rewrite: keys made and revoked in the console's
 * callables, every kind of bad request (answered with a status and the callables' reasons, writing nothing),
 * the transcript, slots and booking, and the OpenAPI document.
 */

const collect = async (events: AsyncIterable<ApiChatEvent>) => {
  const seen: ApiChatEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
};

const conversationCount = async (botId: string) => (await db.collection(paths.conversations(botId)).get()).size;

/** Messages counted against a key's daily limit, over all its day windows (`rateLimits/apikey:<id>:86400000:…`). */
const dailyCount = async (keyId: string) => {
  const prefix = `apikey:${keyId}:86400000:`;
  const counters = await db
    .collection(paths.rateLimits())
    .where(FieldPath.documentId(), '>=', prefix)
    .where(FieldPath.documentId(), '<', `${prefix}~`)
    .get();
  return counters.docs.reduce((sum, counter) => sum + (counter.get('count') as number), 0);
};

beforeEach(async () => {
  await fakeModel.reset();
});

describe('API keys', () => {
  let team: Team;

  beforeAll(async () => {
    team = await seedTeam();
  });

  it('are made by owners and admins, shown once, stored as a hash; a revoked key is refused from its next request', async () => {
    const refused = await callFunction('createApiKey', { botId: team.botId, name: 'Agent key' }, team.agent.idToken);
    expect(reasonOf(refused)).toBe('role_forbidden');

    const made = await callFunction<CreateApiKeyResponse>(
      'createApiKey',
      { botId: team.botId, name: 'CRM' },
      team.admin.idToken,
    );
    const { key, keyId, prefix } = made.result as CreateApiKeyResponse;
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    const meta = (await db.doc(`${paths.apiKeys()}/${keyId}`).get()).data();
    expect(meta).toMatchObject({ botId: team.botId, tenantId: team.tenantId, name: 'CRM', prefix, revokedAt: null });
    expect(JSON.stringify(meta)).not.toContain(key.slice(prefix.length + 1));
    const secret = (await db.doc(`${paths.apiKeySecrets()}/${keyId}`).get()).data();
    expect(secret?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(secret)).not.toContain(key.slice(prefix.length + 1));

    const marker = uniqueId('revoke');
    await fakeModel.script({ match: marker, text: 'Before revocation.' });
    const first = await collect(apiClient(key).chat({ message: marker }));
    const start = first[0];
    if (start?.type !== 'start') throw new Error('no start');
    expect(first.at(-1)).toMatchObject({ type: 'done', text: 'Before revocation.' });
    expect((await db.doc(`${paths.apiKeys()}/${keyId}`).get()).get('lastUsedAt')).not.toBeNull();

    const revoked = await callFunction('revokeApiKey', { botId: team.botId, keyId }, team.owner.idToken);
    expect(revoked.error).toBeUndefined();
    const next = apiClient(key).chat({ message: `${marker} again`, conversationId: start.conversationId });
    await expect(collect(next)).rejects.toMatchObject({ status: 401, error: { reason: 'api_key_invalid' } });
    expect((await db.doc(`${paths.apiKeySecrets()}/${keyId}`).get()).exists).toBe(false);
    expect((await db.doc(`${paths.apiKeys()}/${keyId}`).get()).get('revokedAt')).not.toBeNull();
    // Another bot's manager cannot revoke this bot's keys by naming their own bot.
    const other = await seedTeam();
    const foreign = await callFunction('revokeApiKey', { botId: other.botId, keyId }, other.owner.idToken);
    expect(foreign.httpStatus).toBe(404);
  });
});

describe('a bad request', () => {
  let botId: string;
  let key: string;

  beforeAll(async () => {
    botId = await seedBot();
    ({ key } = await seedApiKey(botId));
  });

  /** `withKey: null` sends no Authorization header. */
  const post = (body: string, headers: Record<string, string>, withKey: string | null = key) =>
    apiFetch('/chat', { key: withKey ?? undefined, method: 'POST', headers, body });
  const json = { 'content-type': 'application/json' };

  it('is answered with its status and the reason in a JSON body, and writes nothing', async () => {
    const good = JSON.stringify({ message: 'Hello' });
    // One after the other: the Functions emulator starts a process per concurrent request.
    const cases: Array<[string, () => Promise<Response>, number, string]> = [
      ['no key', () => post(good, json, null), 401, 'api_key_invalid'],
      ['a wrong key', () => post(good, json, `${key.slice(0, -4)}AAAA`), 401, 'api_key_invalid'],
      ['a malformed key', () => post(good, json, 'not-a-key'), 401, 'api_key_invalid'],
      ['a Basic header', () => post(good, { ...json, authorization: `Basic ${key}` }, null), 401, 'api_key_invalid'],
      ['a wrong content type', () => post(good, { 'content-type': 'text/plain' }), 415, 'unsupported_media_type'],
      [
        'a form',
        () => post('message=Hello', { 'content-type': 'application/x-www-form-urlencoded' }),
        415,
        'unsupported_media_type',
      ],
      [
        'an oversize body',
        () => post(JSON.stringify({ message: 'x'.repeat(MAX_API_BODY_BYTES) }), json),
        413,
        'payload_too_large',
      ],
      ['an empty message', () => post(JSON.stringify({ message: ' ' }), json), 400, 'invalid_input'],
      ['an unknown field', () => post(JSON.stringify({ message: 'Hi', botId }), json), 400, 'invalid_input'],
      [
        'a resume without an event id',
        () => post(JSON.stringify({ conversationId: 'c1' }), json),
        400,
        'invalid_input',
      ],
      ['a bad Idempotency-Key', () => post(good, { ...json, 'idempotency-key': 'a b' }), 400, 'invalid_input'],
      [
        'an unknown path',
        () => apiFetch('/chats', { key, method: 'POST', headers: json, body: good }),
        404,
        'route_not_found',
      ],
      ['a GET of the chat', () => apiFetch('/chat', { key }), 405, 'route_not_found'],
      ['an unknown conversation', () => apiFetch('/conversations/nope', { key }), 404, 'conversation_not_found'],
    ];
    const wrong: string[] = [];
    for (const [name, answer, status, reason] of cases) {
      const response = await answer();
      const body = (await response.json().catch(() => null)) as {
        error?: { reason?: string; message?: string };
      } | null;
      if (response.status !== status || body?.error?.reason !== reason || !body.error.message) {
        wrong.push(`${name}: ${response.status} ${JSON.stringify(body)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await conversationCount(botId)).toBe(0);
    expect((await fakeModel.requests()).length).toBe(0);
  });

  it('with malformed JSON is refused with 400 by the platform before the handler, writing nothing', async () => {
    const response = await post('{"message": "Hi"', json);
    expect(response.status).toBe(400);
    expect(await conversationCount(botId)).toBe(0);
  });

  it('over the key’s rate limit is answered 429 with Retry-After', async () => {
    const { key: slowKey } = await seedApiKey(botId, { perMinute: 1, perDay: 100 });
    const marker = uniqueId('limit');
    await fakeModel.script({ match: marker, text: 'Fine.' });
    await awaitFreshMinuteWindow(10_000);
    const first = await collect(apiClient(slowKey).chat({ message: marker }));
    expect(first.at(-1)).toMatchObject({ type: 'done' });
    const second = await post(JSON.stringify({ message: marker }), json, slowKey);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await second.json()) as { error: { reason: string } }).error.reason).toBe('rate_limited');
  });

  it('over the key’s daily limit is answered 429 with Retry-After, writing nothing', async () => {
    const dayBot = await seedBot();
    const { key: dailyKey, keyId } = await seedApiKey(dayBot, { perMinute: 100, perDay: 2 });
    const marker = uniqueId('day');
    await fakeModel.script({ match: marker, text: 'Fine.' });
    for (const index of [1, 2]) {
      const answered = await collect(apiClient(dailyKey).chat({ message: `${marker} ${index}` }));
      expect(answered.at(-1)).toMatchObject({ type: 'done' });
    }
    // Counted once the turn is written, beside the reply: the call may have returned just before.
    await expect.poll(() => dailyCount(keyId)).toBe(2);
    const third = await post(JSON.stringify({ message: `${marker} 3` }), json, dailyKey);
    expect(third.status).toBe(429);
    const retryAfter = Number(third.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(86_400);
    expect(((await third.json()) as { error: { reason: string } }).error.reason).toBe('rate_limited');
    expect(await conversationCount(dayBot)).toBe(2);
    expect(await fakeModel.requests()).toHaveLength(2);
  });
});

describe('the rest of the API', () => {
  it('lists free slots, books one into a conversation, and reads that conversation’s transcript', async () => {
    const { botId } = await seedBookingBot();
    const { key } = await seedApiKey(botId);
    const api = apiClient(key);
    const marker = uniqueId('transcript');
    await fakeModel.script({ match: marker, text: 'We have time on Monday.' });
    const chat = await collect(api.chat({ message: `${marker} can I book?`, externalUserId: 'crm-7' }));
    const start = chat[0];
    if (start?.type !== 'start') throw new Error('no start');

    const from = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const to = new Date(Date.now() + 72 * 3_600_000).toISOString();
    const slots = await api.slots({ from, to, durationMinutes: 30 });
    expect(slots.slots.length).toBeGreaterThan(0);
    const booking = await api.book({
      start: slots.slots[0] as string,
      durationMinutes: 30,
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      conversationId: start.conversationId,
      externalUserId: 'crm-7',
    });
    expect(booking.start).toBe(slots.slots[0]);
    const again = await api.slots({ from, to, durationMinutes: 30 });
    expect(again.slots).not.toContain(booking.start);
    const taken = await api
      .book({ start: booking.start, durationMinutes: 30, name: 'Bob', email: 'bob@example.com' })
      .catch((error: unknown) => error);
    expect(taken).toBeInstanceOf(ApiRequestError);
    expect(taken).toMatchObject({ status: 409, error: { reason: 'slot_taken' } });

    const transcript = await api.transcript(start.conversationId, 'crm-7');
    expect(transcript.messages.map((message) => [message.role, message.text])).toEqual([
      ['visitor', `${marker} can I book?`],
      ['assistant', 'We have time on Monday.'],
      ['assistant', 'Your appointment is booked.'],
    ]);
    // Another user of the same system (or none) does not read it.
    await expect(api.transcript(start.conversationId, 'crm-8')).rejects.toMatchObject({ status: 403 });
    await expect(api.transcript(start.conversationId)).rejects.toMatchObject({ status: 403 });
    // A key of another bot does not find it at all.
    const { key: otherKey } = await seedApiKey(await seedBot());
    await expect(apiClient(otherKey).transcript(start.conversationId, 'crm-7')).rejects.toMatchObject({
      status: 404,
      error: { reason: 'conversation_not_found' },
    });
    await expect(api.slots({ from: to, to: from })).rejects.toMatchObject({
      status: 400,
      error: { reason: 'invalid_input' },
    });
  });

  it('describes itself in an OpenAPI 3.1 document that a validator accepts', async () => {
    const response = await apiFetch('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/chat',
        '/api/v1/conversations/{conversationId}',
        '/api/v1/slots',
        '/api/v1/bookings',
      ]),
    );
    const validator = new Validator();
    expect(await validator.validate(document)).toEqual({ valid: true });
    expect(validator.version).toBe('3.1');
  });
});
