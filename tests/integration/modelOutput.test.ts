import { type Message, paths, type SendMessageResponse } from '@frontdesk/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { DONE, sse } from '../../dev/src/fakeModel/fixtures/ProviderFixture.ts';
import type { ModelScript } from '../../dev/src/fakeModel/ModelScript.ts';
import { estimateTokens } from '../../functions/src/domain/limits/tokenBudget.ts';
import { seedBookingBot } from '../support/bookingBot.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messageMetaOf } from '../support/messageMetaOf.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { uniqueId } from '../support/uniqueId.ts';

/** What a model's stream may hold beyond plain text: reasoning, nothing at all, or tool calls that make no sense. */

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  sse({
    id: 'c',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'm',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });

async function ask(botId: string, script: Omit<ModelScript, 'match'>, extra: Record<string, unknown> = {}) {
  const visitor = await signInAnonymously();
  const marker = uniqueId('output');
  await fakeModel.script({ match: marker, ...script });
  const question = { botId, clientMessageId: uniqueId('q'), text: `${marker} hello`, ...extra };
  const answer = await callFunction<SendMessageResponse>('sendMessage', question, visitor.idToken);
  const result = answer.result as SendMessageResponse;
  const replyRef = db.doc(`${paths.messages(botId, result.conversationId)}/${result.replyMessageId}`);
  const requests = (await fakeModel.requests()).filter((request) => request.match === marker);
  return { result, reply: (await replyRef.get()).data() as Message, requests, visitor, question, marker };
}

const thinking = [
  chunk({ role: 'assistant', content: '', reasoning_content: 'The system prompt says we close at 6. ' }),
  chunk({ content: '<think>Do not mention the secret discount.</think>' }),
  chunk({ content: 'We close at 6 pm.' }),
  chunk({}, 'stop'),
  DONE,
];

beforeEach(async () => {
  await fakeModel.reset();
});

describe('reasoning', () => {
  it('never reaches the reply; the team gets it only when the bot shows it, in a document of its own', async () => {
    const hidden = await seedBot();
    const shown = await seedBot({ settings: { showReasoningToTeam: true } });

    for (const botId of [hidden, shown]) {
      const { reply, result } = await ask(botId, { frames: thinking });
      expect(reply).toMatchObject({ status: 'done', text: 'We close at 6 pm.' });
      const kept = await db.doc(`${paths.reasoning(botId, result.conversationId)}/${result.replyMessageId}`).get();
      if (botId === hidden) expect(kept.exists).toBe(false);
      else {
        expect(kept.data()).toMatchObject({
          text: 'The system prompt says we close at 6. Do not mention the secret discount.',
          // The model that wrote the reply (the platform's default here).
          model: expect.any(String),
        });
        expect(kept.get('tenantId')).toBe((await db.doc(paths.bot(botId)).get()).get('tenantId'));
      }
    }
  });

  it('while the model only reasons, the reply is streaming with no text: the widget shows it is working', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('thinking');
    await fakeModel.script({
      match: marker,
      frames: [
        chunk({ role: 'assistant', content: '', reasoning: 'Let me think' }),
        chunk({ reasoning: ' hard.' }),
        ...thinking.slice(2),
      ],
      holdAfterChunks: 2,
    });
    const call = callFunction<SendMessageResponse>('sendMessage', { botId, text: `${marker} hi` }, visitor.idToken);
    const replies = db
      .collectionGroup('messages')
      .where('visitorUid', '==', visitor.uid)
      .where('role', '==', 'assistant');
    await expect
      .poll(async () => (await replies.get()).docs[0]?.data(), { message: 'the reply while the model reasons' })
      .toMatchObject({ status: 'streaming', text: '' });
    await fakeModel.release(marker);
    expect((await call).result?.status).toBe('done');
    expect((await replies.get()).docs[0]?.data()).toMatchObject({ status: 'done', text: 'We close at 6 pm.' });
  });

  it('counts in the estimated usage when the provider reports none', async () => {
    const botId = await seedBot();
    const reasoning = 'Weighing every option. '.repeat(40);
    const { result } = await ask(botId, {
      frames: [
        chunk({ role: 'assistant', content: '', reasoning_content: reasoning }),
        chunk({ content: 'Yes.' }, 'stop'),
        DONE,
      ],
    });
    const { usage } = (await messageMetaOf(botId, result.conversationId, result.replyMessageId as string)) ?? {};
    expect(usage).toMatchObject({ estimated: true, completionTokens: estimateTokens([`Yes.${reasoning}`]) });
    expect(usage?.completionTokens).toBeGreaterThan(estimateTokens(['Yes.']));
  });
});

describe('a reply is never silently empty', () => {
  it('ends a stream with no text and no usable tool call as empty_reply, and "Try again" answers it', async () => {
    const botId = await seedBookingBot().then((seeded) => seeded.botId);
    const empty = [chunk({ role: 'assistant', content: '' }), chunk({}, 'stop'), DONE];
    const nameless = [
      chunk({ tool_calls: [{ index: 0, id: 'x', function: { arguments: '{}' } }] }),
      chunk({}, 'tool_calls'),
      DONE,
    ];
    const onlyThinking = [chunk({ content: '<think>So many options' }), chunk({ content: '…' }, 'length'), DONE];
    for (const frames of [empty, nameless, onlyThinking]) {
      const { reply } = await ask(botId, { frames });
      expect(reply).toMatchObject({ status: 'error', errorCode: 'empty_reply', text: '', leaseExpiresAt: null });
    }

    const first = await ask(botId, { frames: empty, times: 1 });
    expect(first.result.status).toBe('error');
    await fakeModel.script({ match: first.marker, text: 'Here is an answer.' });
    const again = { ...first.question, conversationId: first.result.conversationId, regenerate: true };
    const retried = await callFunction<SendMessageResponse>('sendMessage', again, first.visitor.idToken);
    expect(retried.result).toMatchObject({ status: 'done', replyMessageId: first.result.replyMessageId });
  });
});

describe('hostile tool calls', () => {
  it('end as tool errors the model reads, never as a crash; bad arguments go back as {}', async () => {
    const { botId } = await seedBookingBot();
    const { reply, requests } = await ask(botId, {
      frames: [
        chunk({
          tool_calls: [
            { index: 0, id: 'a', type: 'function', function: { name: 'teleport', arguments: '{"to":"mars"}' } },
            {
              index: 1,
              id: 'b',
              type: 'function',
              function: { name: 'book_appointment', arguments: '{"start": tomorrow' },
            },
            {
              index: 2,
              id: 'c',
              type: 'function',
              function: { name: 'find_available_slots', arguments: 'x'.repeat(20_000) },
            },
          ],
        }),
        chunk({}, 'tool_calls'),
        DONE,
      ],
      framesAfterTools: [chunk({ content: 'Sorry, something went wrong on my side.' }, 'stop'), DONE],
    });
    expect(reply).toMatchObject({ status: 'done', text: 'Sorry, something went wrong on my side.' });
    const messages = (requests.at(-1)?.body.messages ?? []) as Array<Record<string, unknown>>;
    const results = Object.fromEntries(
      messages
        .filter((message) => message.role === 'tool')
        .map((message) => [message.tool_call_id, JSON.parse(message.content as string).error]),
    );
    expect(results).toEqual({
      a: 'Unknown tool teleport.',
      b: expect.stringContaining('JSON'),
      c: 'The arguments are longer than 16000 characters.',
    });
    const echoed = messages.find((message) => message.role === 'assistant')?.tool_calls as Array<{
      function: { arguments: string };
    }>;
    expect(echoed.map((call) => call.function.arguments)).toEqual(['{"to":"mars"}', '{}', '{}']);
  });
});
