import { paths, type SendMessageResponse } from '@frontdesk/contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';
import { awaitFreshMinuteWindow } from '../support/awaitFreshMinuteWindow.ts';
import { budgetTotals } from '../support/budgetTotals.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { messageMetaOf } from '../support/messageMetaOf.ts';
import { messagesOf } from '../support/messagesOf.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { uniqueId } from '../support/uniqueId.ts';

const conversationCount = async (botId: string) => (await db.collection(paths.conversations(botId)).get()).size;

beforeEach(async () => {
  await fakeModel.reset();
});

describe('idempotent send', () => {
  it('creates one visitor message and one reply however often the same message is retried', async () => {
    const botId = await seedBot();
    const visitor = await signInAnonymously();
    const marker = uniqueId('once');
    await fakeModel.script({ match: marker, text: 'Only once.' });
    const request = {
      botId,
      conversationId: uniqueId('conversation'),
      clientMessageId: uniqueId('client'),
      text: marker,
    };

    const answers = await Promise.all(
      [1, 2, 3].map(() => callFunction<SendMessageResponse>('sendMessage', request, visitor.idToken)),
    );
    const again = await callFunction<SendMessageResponse>('sendMessage', request, visitor.idToken);

    const ids = new Set(
      [...answers, again].map((answer) => `${answer.result?.visitorMessageId}/${answer.result?.replyMessageId}`),
    );
    expect(ids.size).toBe(1);
    expect(again.result?.status).toBe('done');
    const messages = await messagesOf(botId, request.conversationId);
    expect(messages.map((message) => [message.role, message.text])).toEqual([
      ['visitor', marker],
      ['assistant', 'Only once.'],
    ]);
    expect((await fakeModel.requests()).length).toBe(1);
  });
});

describe('abuse limits, before any model call', () => {
  it('limits messages per visitor per minute and says when to retry; nothing is written', async () => {
    const botId = await seedBot({
      settings: {
        limits: { visitorPerMinute: 2, visitorPerDay: 100, ipPerMinute: 100, ipPerDay: 100, botPerMinute: 100 },
      },
    });
    const visitor = await signInAnonymously();
    const conversationId = uniqueId('conversation');
    await awaitFreshMinuteWindow(); // the three messages must fall into one minute
    for (const text of ['one', 'two']) {
      expect(
        (await callFunction('sendMessage', { botId, conversationId, text }, visitor.idToken)).error,
      ).toBeUndefined();
    }
    const requestsBefore = (await fakeModel.requests()).length;

    const refused = await callFunction('sendMessage', { botId, conversationId, text: 'three' }, visitor.idToken);

    expect(refused.error).toMatchObject({ status: 'RESOURCE_EXHAUSTED', details: { reason: 'rate_limited' } });
    const retryAfter = (refused.error?.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 0;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await messagesOf(botId, conversationId)).map((message) => message.text)).not.toContain('three');
    expect((await fakeModel.requests()).length).toBe(requestsBefore);
    // Another visitor is not affected.
    const other = await signInAnonymously();
    expect((await callFunction('sendMessage', { botId, text: 'hello' }, other.idToken)).error).toBeUndefined();
  });

  it('limits per client network, storing only a hash of the address', async () => {
    const botId = await seedBot({
      settings: {
        limits: { visitorPerMinute: 100, visitorPerDay: 100, ipPerMinute: 2, ipPerDay: 100, botPerMinute: 100 },
      },
    });
    const visitors = await Promise.all([1, 2, 3].map(() => signInAnonymously()));
    await awaitFreshMinuteWindow(); // the three messages must fall into one minute
    for (const [index, text] of ['a', 'b'].entries()) {
      const visitor = visitors[index] as { idToken: string };
      expect((await callFunction('sendMessage', { botId, text }, visitor.idToken)).error).toBeUndefined();
    }
    const third = visitors[2] as { idToken: string };
    const refused = await callFunction('sendMessage', { botId, text: 'c' }, third.idToken);
    expect(refused.error?.details).toMatchObject({ reason: 'rate_limited' });

    const counters = await db.collection(paths.rateLimits()).get();
    const ids = counters.docs.map((doc) => doc.id).filter((id) => id.includes(botId));
    expect(ids.some((id) => id.startsWith(`ip:${botId}:`))).toBe(true);
    expect(ids.every((id) => !id.includes('127.0.0.1') && !id.includes('::1'))).toBe(true);
  });

  it('limits a whole bot per minute over sharded counters, exactly', async () => {
    const botId = await seedBot({
      settings: {
        limits: { visitorPerMinute: 100, visitorPerDay: 100, ipPerMinute: 100, ipPerDay: 100, botPerMinute: 3 },
      },
    });
    const visitors = await Promise.all([1, 2, 3, 4, 5].map(() => signInAnonymously()));
    await awaitFreshMinuteWindow(); // the five messages must fall into one minute
    const answers = await Promise.all(
      visitors.map((visitor, index) => callFunction('sendMessage', { botId, text: `v${index}` }, visitor.idToken)),
    );
    expect(answers.filter((answer) => !answer.error)).toHaveLength(3);
    expect(answers.filter((answer) => answer.error?.details)).toHaveLength(2);
    const shards = (await db.collection(paths.rateLimits()).get()).docs.filter((doc) =>
      doc.id.startsWith(`bot:${botId}:`),
    );
    expect(shards.length).toBeGreaterThanOrEqual(1);
    expect(shards.reduce((sum, doc) => sum + (doc.get('count') as number), 0)).toBe(3);
  });

  it("refuses with budget_exhausted when the tenant's monthly budget cannot cover a reply", async () => {
    const botId = await seedBot({ tenant: { monthlyTokenBudget: 100 } });
    const visitor = await signInAnonymously();
    const refused = await callFunction('sendMessage', { botId, text: 'Hello?' }, visitor.idToken);
    expect(refused.error).toMatchObject({ status: 'RESOURCE_EXHAUSTED', details: { reason: 'budget_exhausted' } });
    expect(await conversationCount(botId)).toBe(0);
    expect(await fakeModel.requests()).toEqual([]);
  });

  it('reserves tokens before the call and settles them to the reported usage after', async () => {
    const botId = await seedBot();
    const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
    const visitor = await signInAnonymously();
    const marker = uniqueId('usage');
    await fakeModel.script({ match: marker, text: 'Counted.', usage: { promptTokens: 120, completionTokens: 30 } });

    const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);

    expect(await budgetTotals(botId)).toEqual({ used: 150, reserved: 0 });
    const { conversationId, replyMessageId } = answer.result as SendMessageResponse;
    // How the reply was made is the team's to see, in its meta; the visitor's copy has none of it.
    const meta = await messageMetaOf(botId, conversationId, replyMessageId as string);
    expect(meta?.usage).toEqual({ promptTokens: 120, completionTokens: 30, estimated: false });
    expect(meta?.reservation).toBeNull(); // settled, so a sweeper finds nothing left to release
    expect(meta?.model).toBe('frontdesk-offline-demo');
    expect(meta?.timing?.durationMs).toBeGreaterThanOrEqual(meta?.timing?.timeToFirstTokenMs ?? 0);
    const reply = (await messagesOf(botId, conversationId)).at(-1);
    expect(reply).not.toHaveProperty('usage');
    expect(reply).not.toHaveProperty('model');
    const days = await db.collection(paths.usageDays(tenantId)).get();
    const day = days.docs.reduce(
      (sum, doc) => ({
        messages: sum.messages + (doc.get('messages') ?? 0),
        replies: sum.replies + (doc.get('replies') ?? 0),
        conversations: sum.conversations + (doc.get('conversations') ?? 0),
        tokens: sum.tokens + (doc.get('promptTokens') ?? 0) + (doc.get('completionTokens') ?? 0),
      }),
      { messages: 0, replies: 0, conversations: 0, tokens: 0 },
    );
    expect(day).toEqual({ messages: 2, replies: 1, conversations: 1, tokens: 150 });
  });

  it("refuses messages longer than the bot's maximum with a readable message", async () => {
    const botId = await seedBot({ settings: { maxMessageLength: 10 } });
    const visitor = await signInAnonymously();
    const refused = await callFunction('sendMessage', { botId, text: 'This is far too long.' }, visitor.idToken);
    expect(refused.error).toEqual({
      status: 'INVALID_ARGUMENT',
      message: 'text: must be at most 10 characters',
      details: { reason: 'invalid_input' },
    });
    expect(await conversationCount(botId)).toBe(0);
  });
});

describe('allowed origins', () => {
  it('refuses origins not on the list and accepts listed ones and wildcards', async () => {
    const botId = await seedBot({
      settings: { allowedOrigins: ['https://shop.example.com', 'https://*.example.org'] },
    });
    const visitor = await signInAnonymously();
    const send = (origin: string) => callFunction('sendMessage', { botId, text: 'Hi' }, visitor.idToken, { origin });

    const refused = await send('https://evil.example.net');
    expect(refused.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'origin_not_allowed' } });
    expect(await conversationCount(botId)).toBe(0);
    expect((await send('https://shop.example.com')).error).toBeUndefined();
    expect((await send('https://www.example.org')).error).toBeUndefined();
    // Loopback pages pass in the emulator only.
    expect((await send('http://localhost:5173')).error).toBeUndefined();
  });
});

describe('conversations handled by humans', () => {
  it('pauses the AI while a team member answers, and resumes when handed back', async () => {
    const botId = await seedBot();
    const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
    const visitor = await signInAnonymously();
    const agent = await signInAnonymously();
    const stranger = await signInAnonymously();
    await db.doc(paths.tenant(tenantId)).update({ [`members.${agent.uid}`]: 'agent' });
    const first = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, text: 'I need a person' },
      visitor.idToken,
    );
    const conversationId = first.result?.conversationId as string;

    const notMember = await callFunction('postAgentReply', { botId, conversationId, text: 'Hi!' }, stranger.idToken);
    expect(notMember.error).toMatchObject({ status: 'PERMISSION_DENIED', details: { reason: 'not_a_member' } });

    const posted = await callFunction(
      'postAgentReply',
      { botId, conversationId, text: 'Hi, this is Sam.' },
      agent.idToken,
    );
    expect(posted.error).toBeUndefined();
    const whileHuman = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, conversationId, text: 'Thanks Sam' },
      visitor.idToken,
    );
    expect(whileHuman.result).toMatchObject({ status: 'human', replyMessageId: null });

    const handBack = await callFunction(
      'setConversationStatus',
      { botId, conversationId, status: 'ai' },
      agent.idToken,
    );
    expect(handBack.result).toEqual({ status: 'ai' });
    const afterHandBack = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, conversationId, text: 'And the AI?' },
      visitor.idToken,
    );
    expect(afterHandBack.result?.status).toBe('done');

    const messages = await messagesOf(botId, conversationId);
    expect(messages.map((message) => message.role)).toEqual([
      'visitor',
      'assistant',
      'agent',
      'visitor',
      'visitor',
      'assistant',
    ]);
    expect(messages[2]).toMatchObject({ text: 'Hi, this is Sam.', visitorUid: visitor.uid, tenantId });
    expect(messages[2]).not.toHaveProperty('authorUid');
    expect(await messageMetaOf(botId, conversationId, messages[2]?.id as string)).toMatchObject({
      authorUid: agent.uid,
      tenantId,
    });
    const conversation = (await db.doc(paths.conversation(botId, conversationId)).get()).data();
    expect(conversation).toMatchObject({ status: 'ai', messageCount: 6 });
  });

  it('validates status changes', async () => {
    const botId = await seedBot();
    const member = await signInAnonymously();
    const answer = await callFunction(
      'setConversationStatus',
      { botId, conversationId: 'x', status: 'asleep' },
      member.idToken,
    );
    expect(answer.error).toEqual({
      status: 'INVALID_ARGUMENT',
      message: 'status: must be "ai", "human" or "closed"',
      details: {
        reason: 'invalid_input',
        issues: [{ path: ['status'], code: 'invalid_value', message: 'must be "ai", "human" or "closed"' }],
      },
    });
  });
});

describe('health', () => {
  it('answers ok with a Firestore round trip and configuration, each with its latency, without values', async () => {
    for (const url of [`${urls.functions}/health`, `${urls.hosting}/health`]) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await response.json();
      expect(body).toEqual({
        status: 'ok',
        checks: {
          firestore: { state: 'ok', latencyMs: expect.any(Number) },
          config: { state: 'ok', latencyMs: expect.any(Number) },
        },
      });
      expect(JSON.stringify(body)).not.toContain('offline-demo');
    }
    expect((await db.doc(paths.system('health')).get()).exists).toBe(true);
  });
});
