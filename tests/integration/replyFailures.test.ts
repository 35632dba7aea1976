import { type Message, paths, type SendMessageResponse } from '@frontdesk/contract';
import { type DocumentReference, Timestamp } from 'firebase-admin/firestore';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ModelScript } from '../../dev/src/fakeModel/ModelScript.ts';
import { estimateTokens } from '../../functions/src/domain/limits/tokenBudget.ts';
import { sweepStaleReplies } from '../../functions/src/maintenance/sweepStaleReplies.ts';
import { budgetTotals } from '../support/budgetTotals.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messageMetaOf } from '../support/messageMetaOf.ts';
import { messagesOf } from '../support/messagesOf.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { uniqueId } from '../support/uniqueId.ts';

/** Sends one message with a scripted model answer and returns the call's answer and the stored reply. */
async function sendScripted(script: Omit<ModelScript, 'match'>) {
  const botId = await seedBot();
  const visitor = await signInAnonymously();
  const marker = uniqueId('case');
  await fakeModel.script({ match: marker, ...script });
  const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);
  const result = answer.result as SendMessageResponse;
  const reply = await db.doc(`${paths.messages(botId, result.conversationId)}/${result.replyMessageId}`).get();
  const meta = await messageMetaOf(botId, result.conversationId, result.replyMessageId as string);
  return { answer: result, reply: reply.data() as Message, meta, requests: await fakeModel.requests() };
}

describe('every reply ends', () => {
  beforeEach(async () => {
    await fakeModel.reset();
  });

  it('retries once after a short retry-after on 429, then answers', async () => {
    const marker = uniqueId('busy');
    await fakeModel.script({ match: marker, status: 429, retryAfterSeconds: 1, times: 1 });
    await fakeModel.script({ match: marker, text: 'Thanks for waiting.' });
    const botId = await seedBot();
    const visitor = await signInAnonymously();

    const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);

    expect(answer.result?.status).toBe('done');
    expect((await fakeModel.requests()).length).toBe(2);
    const reply = await db
      .doc(`${paths.messages(botId, answer.result?.conversationId as string)}/${answer.result?.replyMessageId}`)
      .get();
    expect(reply.get('text')).toBe('Thanks for waiting.');
  });

  it('fails fast with upstream_rate_limited when the provider asks for a long wait', async () => {
    const { answer, reply, requests } = await sendScripted({ status: 429, retryAfterSeconds: 120 });
    expect(answer.status).toBe('error');
    expect(reply).toMatchObject({ status: 'error', errorCode: 'upstream_rate_limited', leaseExpiresAt: null });
    expect(requests).toHaveLength(1);
  });

  it('ends as upstream_error on a 503', async () => {
    const { reply } = await sendScripted({ status: 503 });
    expect(reply).toMatchObject({ status: 'error', errorCode: 'upstream_error' });
  });

  it('ends as upstream_error when the connection drops', async () => {
    const { reply } = await sendScripted({ dropConnection: true });
    expect(reply).toMatchObject({ status: 'error', errorCode: 'upstream_error' });
  });

  it('cuts a stalled stream after the idle timeout with error timeout, keeping the partial text', async () => {
    const { reply, meta } = await sendScripted({
      chunks: ['Let ', 'me ', 'check', ' that', ' for you.'],
      stallAfterChunks: 3,
    });
    expect(reply).toMatchObject({ status: 'error', errorCode: 'timeout', text: 'Let me check' });
    // The stream was cut short, so its cost is estimated and still counted.
    expect(meta?.usage).toMatchObject({ estimated: true });
    expect(meta?.usage?.completionTokens).toBeGreaterThan(0);
  });

  it('keeps a slow stream that still sends (empty chunks) past the idle timeout, and ends it done', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('slow');
    await fakeModel.script({ match: marker, chunks: ['Still ', 'here.'], holdAfterChunks: 1 });
    const call = callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);
    // Held for three idle timeouts (2 s in tests) while the model sends an empty chunk every 500 ms.
    const conversations = db.collection(paths.conversations(botId));
    const firstChunk = async () => {
      const conversation = (await conversations.get()).docs[0];
      if (!conversation) return undefined;
      const messages = await conversation.ref.collection('messages').where('role', '==', 'assistant').get();
      return messages.docs.find((doc) => doc.get('text') === 'Still ')?.ref;
    };
    await expect.poll(firstChunk, { message: 'the first chunk of the reply' }).toBeDefined();
    const reply = (await firstChunk()) as DocumentReference;
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect((await reply.get()).get('status')).toBe('streaming');
    await fakeModel.release(marker);
    expect((await call).result?.status).toBe('done');
    expect((await reply.get()).data()).toMatchObject({ status: 'done', text: 'Still here.', errorCode: null });
  });

  it('sweeps replies whose writer died (lease expired) to error interrupted, and leaves live ones alone', async () => {
    const botId = await seedBot();
    const conversationId = uniqueId('conversation');
    const messages = db.collection(paths.messages(botId, conversationId));
    const now = new Date('2026-11-22T12:00:00Z');
    const tenantId = uniqueId('tenant');
    const base = {
      role: 'assistant',
      visitorUid: 'v',
      tenantId,
      errorCode: null,
      createdAt: Timestamp.fromDate(now),
    };
    const dead = messages.doc('dead');
    const alive = messages.doc('alive');
    const deadPending = messages.doc('dead-pending');
    // The dead reply still holds 840 tokens of its tenant's budget (40 of them its estimated prompt), in its meta.
    const shard = db.doc(`${paths.budgetMonths(tenantId)}/2026-11-0`);
    const day = '2026-11-22';
    await shard.set({
      month: '2026-11',
      reservedTokens: 840,
      usedTokens: 100,
      days: { [day]: { reservedTokens: 840, usedTokens: 100 } },
    });
    const deadMeta = db.doc(`${paths.messageMeta(botId, conversationId)}/dead`);
    await Promise.all([
      dead.set({
        ...base,
        status: 'streaming',
        text: 'Half a rep',
        leaseExpiresAt: Timestamp.fromMillis(now.getTime() - 1),
      }),
      deadMeta.set({
        tenantId,
        model: 'frontdesk-offline-demo',
        usage: null,
        timing: null,
        reservation: {
          month: '2026-11',
          day,
          parts: [{ path: shard.path, tokens: 840 }],
          tokens: 840,
          promptTokens: 40,
        },
        createdAt: Timestamp.fromDate(now),
        expireAt: null,
      }),
      deadPending.set({
        ...base,
        status: 'pending',
        text: '',
        leaseExpiresAt: Timestamp.fromMillis(now.getTime() - 60_000),
      }),
      alive.set({
        ...base,
        status: 'streaming',
        text: 'Still going',
        leaseExpiresAt: Timestamp.fromMillis(now.getTime() + 60_000),
      }),
    ]);

    const swept = await sweepStaleReplies(db, now);

    expect(swept).toBeGreaterThanOrEqual(2);
    expect((await dead.get()).data()).toMatchObject({
      status: 'error',
      errorCode: 'interrupted',
      text: 'Half a rep',
      leaseExpiresAt: null,
    });
    expect((await deadMeta.get()).data()).toMatchObject({
      reservation: null,
      usage: { promptTokens: 40, completionTokens: estimateTokens(['Half a rep']), estimated: true },
    });
    // The reservation is released once, and what the reply probably cost is counted as used, in the month and
    // in the day it was reserved for.
    const charged = 100 + 40 + estimateTokens(['Half a rep']);
    expect((await shard.get()).data()).toMatchObject({
      reservedTokens: 0,
      usedTokens: charged,
      days: { [day]: { reservedTokens: 0, usedTokens: charged } },
    });
    const days = (await db.collection(paths.usageDays(tenantId)).where('day', '==', '2026-11-22').get()).docs;
    expect(days.reduce((sum, day) => sum + (day.get('completionTokens') ?? 0), 0)).toBe(estimateTokens(['Half a rep']));
    expect(await sweepStaleReplies(db, now)).toBe(0);
    expect((await shard.get()).get('reservedTokens')).toBe(0);
    expect((await deadPending.get()).data()).toMatchObject({ status: 'error', errorCode: 'interrupted' });
    expect((await alive.get()).data()).toMatchObject({ status: 'streaming', text: 'Still going' });
  });
});

describe('try again', () => {
  beforeEach(async () => {
    await fakeModel.reset();
  });

  it('answers a failed reply again in place, once, with the question asked once', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('again');
    await fakeModel.script({ match: marker, status: 500, times: 1 });
    await fakeModel.script({ match: marker, text: 'Here I am.' });
    const question = { botId, clientMessageId: uniqueId('q'), text: `${marker} are you there?` };
    const failed = await callFunction<SendMessageResponse>('sendMessage', question, visitor.idToken);
    expect(failed.result?.status).toBe('error');
    const conversationId = failed.result?.conversationId as string;
    const retry = { ...question, conversationId, regenerate: true };

    const [first, second] = await Promise.all([
      callFunction<SendMessageResponse>('sendMessage', retry, visitor.idToken),
      callFunction<SendMessageResponse>('sendMessage', retry, visitor.idToken),
    ]);

    expect([first.result?.replyMessageId, second.result?.replyMessageId]).toEqual([
      failed.result?.replyMessageId,
      failed.result?.replyMessageId,
    ]);
    const messages = await messagesOf(botId, conversationId);
    expect(messages.map((message) => [message.role, message.text, message.status])).toEqual([
      ['visitor', question.text, 'done'],
      ['assistant', 'Here I am.', 'done'],
    ]);
    expect(messages[1]?.errorCode).toBeNull();
    // One failed request and one answer: the double click answered once, and the model saw the question once.
    const requests = await fakeModel.requests();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body.messages?.slice(1).map((message) => message.content)).toEqual([question.text]);
    expect((await db.doc(paths.conversation(botId, conversationId)).get()).get('messageCount')).toBe(2);

    // A reply that did not fail is not answered again.
    const again = await callFunction<SendMessageResponse>('sendMessage', retry, visitor.idToken);
    expect(again.result?.status).toBe('done');
    expect(await fakeModel.requests()).toHaveLength(2);
    // The failed answer and the retry settled what they reserved; the click that restarted nothing reserved
    // nothing: nothing stays reserved.
    const budget = await budgetTotals(botId);
    expect(budget.reserved).toBe(0);
    expect(budget.used).toBeGreaterThan(0);
  });
});
