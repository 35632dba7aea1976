import { type ApiChatEvent, apiChatEventSchema, paths } from '@frontdesk/contract';
import { ApiRequestError, readEvents } from '@frontdesk/contract/apiClient';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, apiFetch, directApiUrl, seedApiKey } from '../support/apiKey.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messagesOf } from '../support/messagesOf.ts';
import { seedBot } from '../support/seedBot.ts';
import { uniqueId } from '../support/uniqueId.ts';

/**
 * `POST /api/v1/chat` over real HTTP through the Hosting emulator's rewrite: the widget's turn, streamed to the
 * client from the reply document. One bot and key for the file; each test scripts the model by its own marker.
 */

let botId: string;
let key: string;

beforeAll(async () => {
  botId = await seedBot();
  ({ key } = await seedApiKey(botId));
});

beforeEach(async () => {
  await fakeModel.reset();
});

/** Collects a stream's events; `until` may stop early (the client disconnects). */
async function collect(events: AsyncIterable<ApiChatEvent>, until?: (event: ApiChatEvent) => boolean) {
  const seen: ApiChatEvent[] = [];
  for await (const event of events) {
    seen.push(apiChatEventSchema.parse(event));
    if (until?.(event)) break;
  }
  return seen;
}

const replyStatus = (conversationId: string, replyId: string) =>
  db
    .doc(`${paths.messages(botId, conversationId)}/${replyId}`)
    .get()
    .then((snapshot) => snapshot.get('status') as string);

const textOf = (events: ApiChatEvent[]) => events.map((event) => (event.type === 'token' ? event.text : '')).join('');

describe('the chat stream', () => {
  it('streams start, tokens while the model still writes, then done with the whole reply and usage (NDJSON)', async () => {
    const marker = uniqueId('order');
    const chunks = ['Hello', ' there,', ' we', ' open', ' at', ' nine.'];
    await fakeModel.script({ match: marker, chunks, holdAfterChunks: 2, delayMs: 5 });
    const response = await apiFetch('/chat', {
      key,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: `${marker} when do you open?`, externalUserId: 'user-1' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const iterator = readEvents(response.body as ReadableStream<Uint8Array>, 'ndjson');
    const first = (await iterator.next()).value as ApiChatEvent;
    expect(first.type).toBe('start');
    if (first.type !== 'start' || !first.replyId) throw new Error('no reply id');
    // The first token arrives while the model is held after two chunks: nothing buffers the stream.
    const second = (await iterator.next()).value as ApiChatEvent;
    expect(second).toMatchObject({ type: 'token', text: expect.stringMatching(/^Hello/) });
    expect(await replyStatus(first.conversationId, first.replyId)).toBe('streaming');
    await fakeModel.release(marker);
    const rest = await collect({ [Symbol.asyncIterator]: () => iterator });

    const events = [first, second, ...rest];
    expect(events.map((event) => event.type)).toEqual(['start', ...events.slice(1, -1).map(() => 'token'), 'done']);
    const done = events.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      text: chunks.join(''),
      id: `${first.replyId}:${chunks.join('').length}`,
    });
    expect(textOf(events)).toBe(chunks.join(''));
    expect(done?.type === 'done' && done.usage?.completionTokens).toBeGreaterThan(0);
    // The same documents the widget and the console read.
    const messages = await messagesOf(botId, first.conversationId);
    expect(messages.map((message) => [message.id, message.role, message.status, message.text])).toEqual([
      [first.messageId, 'visitor', 'done', `${marker} when do you open?`],
      [first.replyId, 'assistant', 'done', chunks.join('')],
    ]);
    const conversation = (await db.doc(paths.conversation(botId, first.conversationId)).get()).data();
    expect(conversation).toMatchObject({ visitorUid: 'api:user-1', status: 'ai' });
  });

  it('speaks Server-Sent Events when asked, with resumable ids, also at the function URL without the rewrite', async () => {
    const marker = uniqueId('sse');
    await fakeModel.script({ match: marker, text: 'One two three.', delayMs: 5 });
    for (const baseUrl of [undefined, directApiUrl]) {
      const response = await apiFetch(
        '/chat',
        {
          key,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
          body: JSON.stringify({ message: marker }),
        },
        baseUrl,
      );
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const raw = await response.text();
      expect(raw.startsWith('event: start\ndata: {"type":"start"')).toBe(true);
      expect(raw).toMatch(/id: [A-Za-z0-9_-]+-r:14\nevent: done\ndata: \{"type":"done"/);
      const events = await collect(readEvents(new Response(raw).body as ReadableStream<Uint8Array>, 'sse'));
      expect(textOf(events)).toBe('One two three.');
    }
  });

  it('goes on writing the reply when the client disconnects; the client resumes from its last event id', async () => {
    const marker = uniqueId('resume');
    const chunks = ['First', ' part.', ' Second', ' part', ' after', ' the', ' break.'];
    await fakeModel.script({ match: marker, chunks, holdAfterChunks: 2, delayMs: 5 });
    const controller = new AbortController();
    const before = await collect(
      apiClient(key).chat({ message: marker, externalUserId: 'user-2' }, { signal: controller.signal }),
      (event) => event.type === 'token',
    );
    controller.abort();
    const start = before[0];
    const lastToken = before.at(-1);
    if (start?.type !== 'start' || !start.replyId || lastToken?.type !== 'token') throw new Error('no start');
    await fakeModel.release(marker);
    // Nobody listens any more, and the reply still ends, in Firestore.
    await expect
      .poll(() => replyStatus(start.conversationId, start.replyId as string), { timeout: 10_000 })
      .toBe('done');

    const resumed = await collect(
      apiClient(key).chat({
        conversationId: start.conversationId,
        lastEventId: lastToken.id,
        externalUserId: 'user-2',
      }),
    );
    expect(resumed[0]).toEqual(start);
    expect(textOf(before) + textOf(resumed)).toBe(chunks.join(''));
    expect(resumed.at(-1)).toMatchObject({ type: 'done', text: chunks.join('') });
    // The Last-Event-ID header does the same; another user may not resume this conversation.
    const byHeader = await apiFetch('/chat', {
      key,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'last-event-id': lastToken.id },
      body: JSON.stringify({ conversationId: start.conversationId, externalUserId: 'user-2' }),
    });
    expect(textOf(await collect(readEvents(byHeader.body as ReadableStream<Uint8Array>, 'ndjson')))).toBe(
      textOf(resumed),
    );
    const stranger = apiClient(key).chat({ conversationId: start.conversationId, lastEventId: lastToken.id });
    await expect(collect(stranger)).rejects.toMatchObject({ status: 403, error: { reason: 'conversation_forbidden' } });
  });

  it('answers a retried request with the same Idempotency-Key with the same turn, and a reused key for another message with 409', async () => {
    const marker = uniqueId('idem');
    await fakeModel.script({ match: marker, text: 'Answered once.' });
    const idempotencyKey = uniqueId('idem-key');
    const first = await collect(apiClient(key).chat({ message: marker }, { idempotencyKey }));
    const again = await collect(apiClient(key).chat({ message: marker }, { idempotencyKey }));
    // The same turn, its reply streamed again from the start (in one token now that it is written).
    expect(again[0]).toEqual(first[0]);
    expect(again.at(-1)).toEqual(first.at(-1));
    expect(textOf(again)).toBe(textOf(first));
    expect(first.at(-1)).toMatchObject({ type: 'done', text: 'Answered once.' });
    expect((await fakeModel.requests()).length).toBe(1);
    const start = first[0];
    if (start?.type !== 'start') throw new Error('no start');
    expect((await messagesOf(botId, start.conversationId)).length).toBe(2);

    const conflict = await collect(apiClient(key).chat({ message: `${marker} other` }, { idempotencyKey })).catch(
      (error: unknown) => error,
    );
    expect(conflict).toBeInstanceOf(ApiRequestError);
    expect(conflict).toMatchObject({ status: 409, error: { reason: 'idempotency_conflict' } });
    expect((await messagesOf(botId, start.conversationId)).length).toBe(2);
  });

  // `human`: a person took the conversation over; `waiting`: the visitor asked for one (hand-off) and the AI is silent.
  it.each(['human', 'waiting'] as const)(
    'answers `human` without calling the model while the conversation is %s',
    async (status) => {
      const marker = uniqueId('handoff');
      const user = `user-${status}`;
      await fakeModel.script({ match: marker, text: 'From the model.' });
      const first = await collect(apiClient(key).chat({ message: marker, externalUserId: user }));
      const start = first[0];
      if (start?.type !== 'start') throw new Error('no start');
      await db.doc(paths.conversation(botId, start.conversationId)).update({ status });

      const events = await collect(
        apiClient(key).chat({
          message: `${marker} still there?`,
          conversationId: start.conversationId,
          externalUserId: user,
        }),
      );
      expect(events).toEqual([
        { type: 'start', conversationId: start.conversationId, messageId: expect.any(String), replyId: null },
        { type: 'human', conversationId: start.conversationId },
      ]);
      expect((await fakeModel.requests()).length).toBe(1);
      const messages = await messagesOf(botId, start.conversationId);
      expect(messages.at(-1)).toMatchObject({ role: 'visitor', text: `${marker} still there?` });
    },
  );
});
