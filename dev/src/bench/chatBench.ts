/**
 * Chat engine benchmarks, run with `npm run bench:chat` (the emulators and the fake model are started for it).
 * Prints numbers; asserts nothing.
 * 1. Time from the model's first token to the first snapshot a Firestore listener sees (p50/p95, 50 replies).
 * 2. Writes per reply against reply length.
 * 3. Concurrent conversations on one bot (200, 500 and 1,000): how many end `done`, how many are refused or stay
 *    stuck, wall time and each call's latency, so the point where it bends shows.
 * `npm run bench:chat -- concurrency` runs only part 3; `-- concurrency 1000` only that size.
 */

import { paths, type SendMessageResponse } from '@frontdesk/contract';
import { callFunction } from '../../../tests/support/callFunction.ts';
import { db } from '../../../tests/support/db.ts';
import { fakeModel } from '../../../tests/support/fakeModel.ts';
import { seedBot } from '../../../tests/support/seedBot.ts';
import { signInAnonymously } from '../../../tests/support/signInAnonymously.ts';
import { uniqueId } from '../../../tests/support/uniqueId.ts';
import { concurrentWidgetTurns, generousLimits } from './concurrentWidgetTurns.ts';
import { percentile } from './percentile.ts';

async function timeToFirstSnapshot(replies: number) {
  const botId = await seedBot({ settings: { limits: generousLimits } });
  const visitor = await signInAnonymously();
  const latencies: number[] = [];
  for (let index = 0; index < replies; index += 1) {
    // A fresh conversation each time, so the listener's first snapshot holds no earlier reply.
    const conversationId = uniqueId('conversation');
    await fakeModel.reset();
    const marker = uniqueId('ttft');
    await fakeModel.script({ match: marker, chunks: Array.from({ length: 20 }, (_, i) => `w${i} `), delayMs: 20 });
    let seenAt: number | null = null;
    const unsubscribe = db
      .collection(paths.messages(botId, conversationId))
      .where('role', '==', 'assistant')
      .onSnapshot((snapshot) => {
        for (const change of snapshot.docChanges()) {
          if (seenAt === null && change.doc.get('text')) seenAt = Date.now();
        }
      });
    await callFunction<SendMessageResponse>('sendMessage', { botId, conversationId, text: marker }, visitor.idToken);
    unsubscribe();
    const [request] = await fakeModel.requests();
    if (seenAt !== null && request?.firstChunkSentAt) latencies.push(seenAt - request.firstChunkSentAt);
  }
  console.log(
    `first token → first listener snapshot over ${latencies.length} replies: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${Math.max(...latencies)} ms`,
  );
}

async function writesPerReply(lengths: number[]) {
  const botId = await seedBot({ settings: { limits: generousLimits, maxOutputTokens: 4_000 } });
  const visitor = await signInAnonymously();
  console.log('tokens (15 ms apart) → stream duration, writes of the reply after its creation');
  for (const tokens of lengths) {
    const marker = uniqueId('writes');
    await fakeModel.script({ match: marker, chunks: Array.from({ length: tokens }, (_, i) => `t${i} `), delayMs: 15 });
    const conversationId = uniqueId('conversation');
    let writes = -1; // the first snapshot is the reply's creation
    const unsubscribe = db
      .collection(paths.messages(botId, conversationId))
      .where('role', '==', 'assistant')
      .onSnapshot((snapshot) => {
        writes += snapshot.docChanges().length;
      });
    await callFunction('sendMessage', { botId, conversationId, text: marker }, visitor.idToken);
    await new Promise((resolve) => setTimeout(resolve, 300));
    unsubscribe();
    console.log(
      `  ${String(tokens).padStart(5)} tokens, ${((tokens * 15) / 1000).toFixed(1).padStart(5)} s → ${writes} writes`,
    );
  }
}

/** `count` concurrent conversations, each through the real callable handler (see concurrentWidgetTurns). */
async function concurrentConversations(count: number) {
  const { outcomes, wallMs, stuck, callMs } = await concurrentWidgetTurns(
    count,
    Array.from({ length: 40 }, (_, i) => `c${i} `),
  );
  const tally = (status: string) => outcomes.filter((outcome) => outcome === status).length;
  const refusals = [...new Set(outcomes.filter((outcome) => outcome.startsWith('refused')))];
  if (refusals.length > 0) console.log(`refusals: ${refusals.join(' | ')}`);
  console.log(
    `${count} concurrent conversations: ${tally('done')} done, ${tally('error')} error, ${outcomes.filter((o) => o.startsWith('refused')).length} refused, ${stuck} stuck; wall time ${(wallMs / 1000).toFixed(1)} s, call p50 ${(percentile(callMs, 50) / 1000).toFixed(1)} s, p95 ${(percentile(callMs, 95) / 1000).toFixed(1)} s, max ${(Math.max(...callMs) / 1000).toFixed(1)} s (each reply streams 40 tokens over ~1 s)`,
  );
}

const [part, size] = process.argv.slice(2);
if (part !== 'concurrency') {
  await timeToFirstSnapshot(50);
  await writesPerReply([10, 50, 200, 500, 1000]);
}
for (const count of size ? [Number(size)] : [200, 500, 1_000]) await concurrentConversations(count);
process.exit(0);
