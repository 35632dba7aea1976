import { paths, type SendMessageResponse } from '@frontdesk/contract';
import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import { budgetTotals } from '../support/budgetTotals.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messagesOf } from '../support/messagesOf.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { uniqueId } from '../support/uniqueId.ts';

describe('sendMessage', () => {
  beforeEach(async () => {
    await fakeModel.reset();
  });

  it('records the visitor message and streams the model reply into an assistant message', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('hello');
    await fakeModel.script({ match: marker, text: 'Hello! We open at nine.', delayMs: 5 });

    const answer = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, text: `${marker} when do you open?` },
      visitor.idToken,
    );

    expect(answer.error).toBeUndefined();
    const { conversationId, visitorMessageId, replyMessageId, status } = answer.result as SendMessageResponse;
    expect(status).toBe('done');
    const conversation = (await db.doc(paths.conversation(botId, conversationId)).get()).data();
    // The preview shows the latest message, for conversation lists.
    expect(conversation).toMatchObject({
      botId,
      visitorUid: visitor.uid,
      status: 'ai',
      preview: 'Hello! We open at nine.',
      messageCount: 2,
    });
    const messages = await messagesOf(botId, conversationId);
    expect(messages.map((message) => [message.id, message.role, message.status, message.text])).toEqual([
      [visitorMessageId, 'visitor', 'done', `${marker} when do you open?`],
      [replyMessageId, 'assistant', 'done', 'Hello! We open at nine.'],
    ]);
    expect(
      messages.every((message) => message.visitorUid === visitor.uid && message.tenantId === conversation?.tenantId),
    ).toBe(true);

    const [request] = await fakeModel.requests();
    expect(request?.body.stream).toBe(true);
    expect(request?.body.messages?.at(-1)).toEqual({ role: 'user', content: `${marker} when do you open?` });

    // Nobody listens (no webhook, no member mailed about new conversations): no event, so no trigger runs.
    const events = await db.collection(paths.events()).where('conversationId', '==', conversationId).get();
    expect(events.size).toBe(0);
  });

  it('writes the first token at once, then at most one write per 500 ms, then the final write', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const conversationId = uniqueId('conversation');
    const marker = uniqueId('stream');
    const tokens = Array.from({ length: 200 }, (_, index) => `t${index} `);
    await fakeModel.script({ match: marker, chunks: tokens, delayMs: 25 });

    // Every committed version of the reply, with the server's commit time.
    const history: Array<{ at: number; text: string; status: string }> = [];
    let listening = () => {};
    let ended = () => {};
    const listenerReady = new Promise<void>((resolve) => {
      listening = resolve;
    });
    const replyEnded = new Promise<void>((resolve) => {
      ended = resolve;
    });
    const unsubscribe = db
      .collection(paths.messages(botId, conversationId))
      .where('role', '==', 'assistant')
      .onSnapshot((snapshot) => {
        for (const change of snapshot.docChanges()) {
          const doc = change.doc as DocumentSnapshot;
          history.push({
            at: doc.updateTime?.toMillis() ?? Number.NaN,
            text: doc.get('text'),
            status: doc.get('status'),
          });
          if (doc.get('status') === 'done' || doc.get('status') === 'error') ended();
        }
        listening();
      });
    await listenerReady; // so the reply's first version (pending) is seen too
    const answer = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, conversationId, text: marker },
      visitor.idToken,
    );
    await replyEnded;
    unsubscribe();

    expect(answer.result?.status).toBe('done');
    expect(history[0]).toMatchObject({ status: 'pending', text: '' });
    const writes = history.slice(1);
    // The first write carries exactly the first token: it went out before the second token arrived.
    expect(writes[0]).toMatchObject({ status: 'streaming', text: tokens[0] });
    expect(writes.at(-1)).toMatchObject({ status: 'done', text: tokens.join('') });
    const throttled = writes.slice(0, -1);
    const gaps = throttled.slice(1).map((write, index) => write.at - (throttled[index] as { at: number }).at);
    expect(gaps.length).toBeGreaterThanOrEqual(3);
    // At most one write per 500 ms, by commit time. (How many writes that makes depends on how long the
    // stream took, which a busy machine stretches, so the count itself is only printed.)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(500);
    console.info(`stream of 200 tokens: ${writes.length} writes, gaps ${gaps.join(', ')} ms`);
  });

  it('ends the reply as error, keeping partial text, when the model answers 500', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('fail');
    await fakeModel.script({ match: marker, status: 500 });

    const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);

    expect(answer.result?.status).toBe('error');
    const messages = await messagesOf(botId, answer.result?.conversationId as string);
    expect(messages.at(-1)).toMatchObject({
      role: 'assistant',
      status: 'error',
      errorCode: 'upstream_error',
      text: '',
    });
  });

  it('answers invalid-argument with a readable message and writes nothing', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();

    const answer = await callFunction('sendMessage', { botId, text: '   ', extra: 1 }, visitor.idToken);

    expect(answer.httpStatus).toBe(400);
    expect(answer.error).toEqual({
      status: 'INVALID_ARGUMENT',
      message: 'text: must not be empty; unknown field(s): extra',
      details: {
        reason: 'invalid_input',
        issues: [
          {
            path: ['text'],
            code: 'too_small',
            origin: 'string',
            minimum: 1,
            inclusive: true,
            message: 'must not be empty',
          },
          { path: [], code: 'unrecognized_keys', message: 'unknown field(s): extra' },
        ],
      },
    });
    expect((await db.collection(paths.conversations(botId)).get()).size).toBe(0);
    expect(await fakeModel.requests()).toEqual([]);
  });

  it('requires a signed-in visitor', async () => {
    const botId = await seedBot();
    const answer = await callFunction('sendMessage', { botId, text: 'Hi' });
    expect(answer.error).toMatchObject({ status: 'UNAUTHENTICATED', details: { reason: 'unauthenticated' } });
    expect((await db.collection(paths.conversations(botId)).get()).size).toBe(0);
  });

  it('refuses unknown and switched-off bots', async () => {
    const visitor = await signInAnonymously();
    const unknown = await callFunction('sendMessage', { botId: uniqueId('missing'), text: 'Hi' }, visitor.idToken);
    expect(unknown.error).toMatchObject({ status: 'NOT_FOUND', details: { reason: 'bot_not_found' } });

    const inactive = await seedBot({ active: false });
    const off = await callFunction('sendMessage', { botId: inactive, text: 'Hi' }, visitor.idToken);
    expect(off.error).toEqual({
      status: 'FAILED_PRECONDITION',
      message: 'This bot is switched off.',
      details: { reason: 'bot_inactive' },
    });
    expect((await db.collection(paths.conversations(inactive)).get()).size).toBe(0);
  });

  it("does not let a visitor write into another visitor's conversation", async () => {
    const botId = await seedBot();
    const owner = await signInAnonymously();
    const intruder = await signInAnonymously();
    const first = await callFunction<SendMessageResponse>('sendMessage', { botId, text: 'Mine' }, owner.idToken);
    const conversationId = first.result?.conversationId as string;

    const answer = await callFunction('sendMessage', { botId, conversationId, text: 'Hijack' }, intruder.idToken);

    expect(answer.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'conversation_forbidden' } });
    expect((await messagesOf(botId, conversationId)).map((message) => message.text)).not.toContain('Hijack');
    // The refused call reserved no budget: the reservation is made in the transaction that refused it.
    expect((await budgetTotals(botId)).reserved).toBe(0);
  });
});
