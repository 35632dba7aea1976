/**
 * Chat engine benchmarks, run with `npm run bench:chat` (the emulators and the fake model are started for it).
 * Prints numbers; asserts nothing.
 * 1. Time from the model's first token to the first snapshot a Firestore listener sees (p50/p95, 50 replies).
 * 2. Writes per reply against reply length.
 * 3. Concurrent conversations on one bot (200, 500 and 1,000): how many end `done`, how many are refused or stay
 *    stuck, wall time and each call's latency, so the point where it bends shows.
 * 4. Admission: from the call leaving the client to the model being asked, and to the first words in a listener,
 *    for the first and a later question of a conversation (the server's share of "first words fast").
 * `npm run bench:chat -- concurrency` runs only part 3; `-- concurrency 1000` only that size;
 * `-- admission [conversations]` only part 4.
 */

import { messageIds, paths, type SendMessageResponse } from '@frontdesk/contract';
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

/**
 * What a question waits for before the model is asked, through the emulated callable (the fake model answers at
 * once): call sent → model request received covers the callable's round trip and every check and write before
 * the model call (loadTurn, admitTurn, openTurn); → first words in a listener on the reply adds the model's first
 * write and the listener. Measured for the first question of each conversation and for a second one.
 */
async function admissionLatency(conversations: number) {
  const botId = await seedBot({ settings: { limits: generousLimits } });
  const visitor = await signInAnonymously();
  // Unmeasured: the emulated function's first call is a cold start, which a warm instance does not pay.
  await callFunction('sendMessage', { botId, text: 'warm up' }, visitor.idToken);
  const series = () => ({ model: [] as number[], words: [] as number[] });
  const times = { first: series(), later: series() };
  for (let index = 0; index < conversations; index += 1) {
    const conversationId = uniqueId('conversation');
    for (const question of ['first', 'later'] as const) {
      await fakeModel.reset();
      const marker = uniqueId('admission');
      await fakeModel.script({ match: marker, chunks: ['Hello ', 'there.'], delayMs: 0 });
      const clientMessageId = uniqueId('question');
      const replyRef = db.doc(`${paths.messages(botId, conversationId)}/${messageIds.reply(clientMessageId)}`);
      let wordsAt: number | null = null;
      let listening: () => void = () => undefined;
      const listened = new Promise<void>((resolve) => {
        listening = resolve;
      });
      const unsubscribe = replyRef.onSnapshot((snapshot) => {
        listening();
        if (wordsAt === null && snapshot.get('text')) wordsAt = Date.now();
      });
      await listened;
      const sentAt = Date.now();
      await callFunction('sendMessage', { botId, conversationId, clientMessageId, text: marker }, visitor.idToken);
      unsubscribe();
      const [request] = await fakeModel.requests();
      if (request) times[question].model.push(request.receivedAt - sentAt);
      if (wordsAt !== null) times[question].words.push(wordsAt - sentAt);
    }
  }
  const line = (values: number[]) => `p50 ${percentile(values, 50)} ms, p95 ${percentile(values, 95)} ms`;
  console.log(`admission over ${conversations} conversations (first question · second question):`);
  console.log(`  call sent → model asked:        ${line(times.first.model)} · ${line(times.later.model)}`);
  console.log(`  call sent → first words seen:   ${line(times.first.words)} · ${line(times.later.words)}`);
}

const [part, size] = process.argv.slice(2);
if (part === 'admission') {
  await admissionLatency(size ? Number(size) : 15);
  process.exit(0);
}
if (part !== 'concurrency') {
  await timeToFirstSnapshot(50);
  await writesPerReply([10, 50, 200, 500, 1000]);
  await admissionLatency(15);
}
for (const count of size ? [Number(size)] : [200, 500, 1_000]) await concurrentConversations(count);
process.exit(0);
