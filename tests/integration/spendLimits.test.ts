import { type BotSettings, type Message, paths, type SendMessageResponse } from '@frontdesk/contract';
import { DateTime } from 'luxon';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { OFFLINE_DEMO_MODEL } from '../../dev/src/fakeModel/startFakeModelServer.ts';
import { awaitFreshWindow, DAY_MS } from '../support/awaitFreshWindow.ts';
import { seedBookingBot } from '../support/bookingBot.ts';
import { budgetTotals } from '../support/budgetTotals.ts';
import { type CallableAnswer, callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { runCallableInProcess } from '../support/runCallableInProcess.ts';
import { seedBot } from '../support/seedBot.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { reasonOf, seedTeam } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { uniqueNetwork } from '../support/uniqueNetwork.ts';

/**
 * Spend is bounded the way the README says: a tenant cannot pick a model the platform does not offer, parallel
 * first messages never reserve past the monthly budget, every model call of a reply is reserved before it is
 * made, and a daily cap keeps one day from spending a month. Each case is the attack it stops.
 */

const tenantOf = async (botId: string) => (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;

/** The assistant replies of a bot that are streaming right now. */
async function streamingReplies(botId: string): Promise<number> {
  const conversations = await db.collection(paths.conversations(botId)).get();
  const counts = await Promise.all(
    conversations.docs.map(
      async (conversation) =>
        (await conversation.ref.collection('messages').where('status', '==', 'streaming').get()).size,
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

beforeEach(async () => {
  await fakeModel.reset();
});

describe('the monthly budget', () => {
  it('lets 8 parallel first messages reserve only what fits: 3 replies, 5 refused with budget_exhausted', async () => {
    // The real handler in this process: the Functions emulator starts a process per concurrent request.
    applyFunctionParams();
    const { sendMessage } = await import('../../functions/src/chat/sendMessage.ts');
    const maxOutputTokens = 10_000;
    // Each reply reserves its prompt (a few hundred tokens) plus 10,000: room for three, never for four.
    const budget = 3 * maxOutputTokens + 1_600;
    const botId = await seedBot({ settings: { maxOutputTokens }, tenant: { monthlyTokenBudget: budget } });
    const marker = uniqueId('rush');
    // Replies hold after their first words, so every admitted reply still holds its reservation below.
    await fakeModel.script({
      match: marker,
      chunks: ['Hello', ' there.'],
      holdAfterChunks: 1,
      usage: { promptTokens: 10, completionTokens: 2 },
    });

    const refused: Array<CallableAnswer<SendMessageResponse>> = [];
    const calls = Array.from({ length: 8 }, (_, index) =>
      runCallableInProcess<SendMessageResponse>(
        sendMessage,
        { botId, text: `${marker} #${index}` },
        `rush-${index}-${uniqueId('visitor')}`,
        {},
        uniqueNetwork(),
      ).then((answer) => {
        if (answer.error) refused.push(answer);
        return answer;
      }),
    );
    // Every call has been refused or streams its (held) reply.
    await expect.poll(async () => refused.length + (await streamingReplies(botId)), { timeout: 60_000 }).toBe(8);

    const atPeak = await budgetTotals(botId);
    const admitted = 8 - refused.length;
    console.info(
      `8 parallel first messages, budget ${budget} (room for 3): ${admitted} admitted, ${refused.length} refused, reserved ${atPeak.reserved} + used ${atPeak.used}`,
    );
    expect(atPeak.reserved + atPeak.used).toBeLessThanOrEqual(budget);
    expect(refused.map(reasonOf)).toEqual(Array(5).fill('budget_exhausted'));

    await fakeModel.release(marker);
    const answers = await Promise.all(calls);
    expect(answers.filter((answer) => answer.result?.status === 'done')).toHaveLength(3);
    expect(await budgetTotals(botId)).toEqual({ reserved: 0, used: 3 * 12 });
  });
});

describe('a reply with tool rounds', () => {
  it('reserves each model round before calling the model, and ends the reply when the budget has no room', async () => {
    const { botId } = await seedBookingBot();
    // Round one reserves its prompt plus 4,000 and is reported at 3,000; round two would need more than the
    // 4,000 left.
    await db.doc(paths.botSettings(botId)).update({ maxOutputTokens: 4_000 } satisfies Partial<BotSettings>);
    await db.doc(paths.tenant(await tenantOf(botId))).update({ monthlyTokenBudget: 7_000 });
    const visitor = await signInAnonymously();
    const tomorrow = DateTime.now().setZone('Europe/Berlin').plus({ days: 1 }).toISODate() as string;
    const marker = uniqueId('rounds');
    await fakeModel.script({
      match: marker,
      text: 'Let me look.',
      toolCalls: [
        { name: 'find_available_slots', arguments: JSON.stringify({ from_date: tomorrow, to_date: tomorrow }) },
      ],
      textAfterTools: 'Here are some free times.',
      usage: { promptTokens: 2_990, completionTokens: 10 },
    });

    const answer = await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, text: `${marker} anything tomorrow?` },
      visitor.idToken,
    );

    const requests = await fakeModel.requests();
    const budget = await budgetTotals(botId);
    console.info(
      `tool rounds on a budget of 7000 with room for one round: ${requests.length} model calls, used ${budget.used}, reserved ${budget.reserved}`,
    );
    expect(requests).toHaveLength(1);
    const result = answer.result as SendMessageResponse;
    const reply = (
      await db.doc(`${paths.messages(botId, result.conversationId)}/${result.replyMessageId}`).get()
    ).data() as Message;
    // What the first round found stays; the reply says why it stopped.
    expect(reply).toMatchObject({ status: 'error', errorCode: 'budget_exhausted', text: 'Let me look.' });
    expect(reply.attachments?.[0]).toMatchObject({ kind: 'slots' });
    expect(budget).toEqual({ reserved: 0, used: 3_000 });
  });
});

describe('the daily cap', () => {
  it("refuses with daily_budget_exhausted once a day's tokens are spent, with the month far from used up", async () => {
    await awaitFreshWindow(DAY_MS, 60_000); // both messages on one UTC day
    const botId = await seedBot({ tenant: { dailyTokenBudget: 6_000 } as Record<string, unknown> });
    const visitor = await signInAnonymously();
    const marker = uniqueId('daily');
    // The reply reserves about 950 tokens and is reported at 5,500: the 500 left cannot pay for another.
    await fakeModel.script({ match: marker, text: 'Sure.', usage: { promptTokens: 5_490, completionTokens: 10 } });

    const first = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);
    const second = await callFunction('sendMessage', { botId, text: `${marker} again` }, visitor.idToken);

    expect(first.result?.status).toBe('done');
    expect(second.error).toMatchObject({ status: 'RESOURCE_EXHAUSTED', details: { reason: 'daily_budget_exhausted' } });
    expect(await fakeModel.requests()).toHaveLength(1);
    expect(await budgetTotals(botId)).toEqual({ reserved: 0, used: 5_500 });
  });
});

describe('allowed models', () => {
  it('refuses settings naming a model the platform does not offer, naming the allowed ones, and writes nothing', async () => {
    const team = await seedTeam();
    const before = (await db.doc(paths.botSettings(team.botId)).get()).data() as BotSettings;

    const refused = await callFunction(
      'updateBotSettings',
      { botId: team.botId, settings: { ...before, model: 'gpt-4-32k' } },
      team.owner.idToken,
    );

    expect(refused.error).toMatchObject({
      status: 'INVALID_ARGUMENT',
      details: { reason: 'model_not_allowed', allowedModels: [OFFLINE_DEMO_MODEL] },
    });
    expect(refused.error?.message).toContain(OFFLINE_DEMO_MODEL);
    expect((await db.doc(paths.botSettings(team.botId)).get()).data()).toEqual(before);
    // The default model, by name or left empty, is always allowed.
    for (const model of [OFFLINE_DEMO_MODEL, null]) {
      const saved = await callFunction(
        'updateBotSettings',
        { botId: team.botId, settings: { ...before, model } },
        team.owner.idToken,
      );
      expect(saved.error).toBeUndefined();
    }
  });

  it('answers with the default model when the stored one is no longer allowed', async () => {
    const botId = await seedBot({ settings: { model: 'gpt-4-32k' } });
    const visitor = await signInAnonymously();
    const marker = uniqueId('stale-model');
    await fakeModel.script({ match: marker, text: 'Hello.' });

    const answer = await callFunction<SendMessageResponse>('sendMessage', { botId, text: marker }, visitor.idToken);

    expect(answer.result?.status).toBe('done');
    expect((await fakeModel.requests()).map((request) => request.body.model)).toEqual([OFFLINE_DEMO_MODEL]);
  });
});
