import type { BotSettings } from '@frontdesk/contract';
import { db } from '../../../tests/support/db.ts';
import { fakeModel } from '../../../tests/support/fakeModel.ts';
import { seedBot } from '../../../tests/support/seedBot.ts';
import { uniqueId } from '../../../tests/support/uniqueId.ts';
import { applyFunctionParams } from '../emulators/applyFunctionParams.ts';
import { visitorMessageCall } from './visitorMessageCall.ts';

/** Limits no benchmark reaches, so it measures the engine, not the refusals. */
export const generousLimits: BotSettings['limits'] = {
  visitorPerMinute: 1_000,
  visitorPerDay: 100_000,
  ipPerMinute: 10_000,
  ipPerDay: 1_000_000,
  botPerMinute: 100_000,
};

/**
 * `count` widget conversations at once, each streaming `chunks` 25 ms apart. The Functions emulator starts one
 * process per concurrent request, which cannot host 200 at once on this machine; a deployed function serves
 * many requests per instance. So the real callable handler runs in this process (`sendMessage.run`), against
 * the same Firestore emulator and fake model. Answers each call's status (or refusal), the wall time and how
 * many replies were left `pending` or `streaming`, and each call's latency.
 */
export async function concurrentWidgetTurns(count: number, chunks: string[]) {
  applyFunctionParams({ STREAM_IDLE_TIMEOUT_SECONDS: '10' });
  const { sendMessage } = await import('../../../functions/src/chat/sendMessage.ts');
  // The tenant's budget holds every reservation: this measures the engine, not the budget.
  const budget = { monthlyTokenBudget: 100_000_000 };
  const botId = await seedBot({ settings: { limits: generousLimits }, tenant: budget });
  const marker = uniqueId('load');
  await fakeModel.script({ match: marker, chunks, delayMs: 25 });

  const startedAt = Date.now();
  const callMs: number[] = [];
  const outcomes = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const calledAt = Date.now();
      try {
        return await visitorMessageCall(sendMessage, {
          botId,
          text: `${marker} #${index}`,
          uid: `bench-visitor-${marker}-${index}`,
          index,
          net: 0,
        });
      } finally {
        callMs.push(Date.now() - calledAt);
      }
    }),
  );
  return { outcomes, callMs, wallMs: Date.now() - startedAt, stuck: await stuckReplies(botId) };
}

/** Replies of a bot still `pending` or `streaming`. */
export async function stuckReplies(botId: string): Promise<number> {
  const replies = await db.collectionGroup('messages').where('role', '==', 'assistant').get();
  return replies.docs.filter(
    (doc) => doc.ref.path.startsWith(`bots/${botId}/`) && ['pending', 'streaming'].includes(doc.get('status')),
  ).length;
}
