import { paths, type SendMessageChunk, type SendMessageResponse } from '@frontdesk/contract';
import { messageIds } from '@frontdesk/contract/messageIds';
import { applyTextChunk } from '@frontdesk/contract/textChunks';
import { beforeEach, describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';
import { emulatorAppCheckToken } from '../support/appCheckToken.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { uniqueId } from '../support/uniqueId.ts';

interface StreamEvent {
  message?: SendMessageChunk;
  result?: SendMessageResponse;
  error?: { status: string; details?: { reason?: string } };
}

/**
 * Calls sendMessage as the widget does when it wants the reply's text in the response (`text/event-stream`), and
 * hands each event to `onEvent` as it arrives.
 */
async function callStreaming(data: unknown, idToken: string, onEvent: (event: StreamEvent) => Promise<void> | void) {
  const response = await fetch(`${urls.functions}/sendMessage`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      'x-firebase-appcheck': emulatorAppCheckToken(),
      authorization: `Bearer ${idToken}`,
    },
    body: JSON.stringify({ data }),
  });
  const events: StreamEvent[] = [];
  const decoder = new TextDecoder();
  let buffered = '';
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const bytes = read.value;
    const parts = (buffered + decoder.decode(bytes, { stream: true })).split('\n\n');
    buffered = parts.pop() as string;
    for (const part of parts.filter((text) => text.startsWith('data: '))) {
      const event = JSON.parse(part.slice(6)) as StreamEvent;
      events.push(event);
      await onEvent(event);
    }
  }
  return { status: response.status, events };
}

describe('sendMessage streaming the reply to the caller', () => {
  beforeEach(async () => {
    await fakeModel.reset();
  });

  it('sends the text as it grows, before the reply has ended, and the same text the reply document keeps', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('stream');
    await fakeModel.script({ match: marker, chunks: ['We open ', 'at nine ', 'on weekdays.'], delayMs: 400 });
    const conversationId = uniqueId('conversation');
    const clientMessageId = uniqueId('question');
    const replyRef = db.doc(`${paths.messages(botId, conversationId)}/${messageIds.reply(clientMessageId)}`);

    let text = '';
    const replyWhenFirstChunkCame: string[] = [];
    const { status, events } = await callStreaming(
      { botId, conversationId, clientMessageId, text: `${marker} when do you open?` },
      visitor.idToken,
      async (event) => {
        if (!event.message) return;
        if (text === '') replyWhenFirstChunkCame.push((await replyRef.get()).get('status'));
        text = applyTextChunk(text, event.message);
      },
    );

    expect(status).toBe(200);
    // The first words came while the model was still writing: the reply had not ended.
    expect(replyWhenFirstChunkCame).toHaveLength(1);
    expect(['pending', 'streaming']).toContain(replyWhenFirstChunkCame[0]);
    expect(text).toBe('We open at nine on weekdays.');
    // Each chunk carries only what was new.
    const chunks = events.flatMap((event) => (event.message ? [event.message] : []));
    expect(chunks.map((chunk) => chunk.text).join('')).toBe(text);
    expect(events.at(-1)?.result).toMatchObject({ conversationId, status: 'done' });
    expect((await replyRef.get()).data()).toMatchObject({ status: 'done', text });
  });

  it('streams a refusal as the last event and writes nothing', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const conversationId = uniqueId('conversation');

    const { events } = await callStreaming(
      { botId, conversationId, clientMessageId: uniqueId('question'), text: '   ' },
      visitor.idToken,
      () => undefined,
    );

    expect(events).toHaveLength(1);
    expect(events[0]?.error).toMatchObject({ status: 'INVALID_ARGUMENT', details: { reason: 'invalid_input' } });
    expect((await db.collection(paths.messages(botId, conversationId)).get()).size).toBe(0);
    expect(await fakeModel.requests()).toHaveLength(0);
  });
});
