/**
 * Knowledge benchmarks, run with `npm run bench:knowledge` (the emulators and the fake model are started for it;
 * embeddings are the fake model server's offline ones, FAKE_EMBEDDING_DIMENSIONS long). Prints numbers; asserts
 * nothing.
 * 1. Retrieval: `findNearest` (COSINE, 12 nearest) over one bot's passages at 1,000 and 10,000 passages, p50/p95.
 * 2. Indexing throughput: a document source of 400 passages, queued to ready through the trigger (split, embed,
 *    write), passages per second.
 * 3. Time to first visible token with retrieval on and off, in one run: the same question to a bot with knowledge
 *    and to one without, alternating, from the call to the first text a Firestore listener sees.
 */

import { type BotSettings, type KnowledgeSource, paths, type SendMessageResponse } from '@frontdesk/contract';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { queuedSource } from '../../../functions/src/domain/knowledge/queuedSource.ts';
import { callFunction } from '../../../tests/support/callFunction.ts';
import { db } from '../../../tests/support/db.ts';
import { fakeModel } from '../../../tests/support/fakeModel.ts';
import { seedBot } from '../../../tests/support/seedBot.ts';
import { signInAnonymously } from '../../../tests/support/signInAnonymously.ts';
import { uniqueId } from '../../../tests/support/uniqueId.ts';
import { fakeEmbedding } from '../fakeModel/fakeEmbedding.ts';
import { FAKE_EMBEDDING_DIMENSIONS } from '../fakeModel/startFakeModelServer.ts';
import { percentile } from './percentile.ts';

const generousLimits: BotSettings['limits'] = {
  visitorPerMinute: 1_000,
  visitorPerDay: 100_000,
  ipPerMinute: 10_000,
  ipPerDay: 1_000_000,
  botPerMinute: 100_000,
};
const topics = ['parking', 'prices', 'implants', 'children', 'insurance', 'whitening', 'emergency', 'payment'];
const sentence = (index: number) =>
  `Section ${index} about ${topics[index % topics.length]}: detail ${index * 7919} for patient ${index % 97}.`;

async function seedPassages(botId: string, count: number) {
  const writer = db.bulkWriter();
  for (let index = 0; index < count; index += 1) {
    const text = sentence(index);
    void writer.set(db.doc(`${paths.knowledgePassages(botId)}/p-${index}`), {
      tenantId: 'bench',
      sourceId: `s-${index % 50}`,
      kind: 'document',
      title: `Section ${index}`,
      url: null,
      text,
      hash: String(index),
      embedding: FieldValue.vector(fakeEmbedding(text, FAKE_EMBEDDING_DIMENSIONS)),
    });
  }
  await writer.close();
}

async function retrievalLatency(sizes: number[], queries: number) {
  const botId = uniqueId('bench-bot');
  let seeded = 0;
  for (const size of sizes) {
    const startedAt = Date.now();
    await seedPassages(botId, size);
    seeded = size;
    const seedSeconds = (Date.now() - startedAt) / 1000;
    const latencies: number[] = [];
    for (let index = 0; index < queries; index += 1) {
      const question = fakeEmbedding(
        `What about ${topics[index % topics.length]} for patient ${index}?`,
        FAKE_EMBEDDING_DIMENSIONS,
      );
      const queryStart = performance.now();
      await db
        .collection(paths.knowledgePassages(botId))
        .findNearest({
          vectorField: 'embedding',
          queryVector: question,
          limit: 12,
          distanceMeasure: 'COSINE',
          distanceResultField: 'distance',
        })
        .get();
      latencies.push(performance.now() - queryStart);
    }
    console.log(
      `retrieval at ${seeded} passages (${FAKE_EMBEDDING_DIMENSIONS} dimensions, written in ${seedSeconds.toFixed(1)} s): p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms over ${queries} queries`,
    );
  }
}

async function indexingThroughput(sections: number) {
  const botId = await seedBot();
  const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
  const text = Array.from({ length: sections }, (_, index) => `# Section ${index}\n${sentence(index)}`).join('\n\n');
  const sourceRef = db.doc(`${paths.knowledgeSources(botId)}/bench-document`);
  const now = Timestamp.now();
  const startedAt = Date.now();
  await sourceRef.set(queuedSource({ tenantId, content: { kind: 'document', title: 'Bench document', text }, now }));
  const source = await new Promise<KnowledgeSource>((resolve) => {
    const stop = sourceRef.onSnapshot((snapshot) => {
      const data = snapshot.data() as KnowledgeSource | undefined;
      if (data?.status === 'ready' || data?.status === 'error') {
        stop();
        resolve(data);
      }
    });
  });
  const seconds = (Date.now() - startedAt) / 1000;
  console.log(
    `indexing: ${source.passageCount} passages ${source.status} in ${seconds.toFixed(1)} s through the trigger → ${(source.passageCount / seconds).toFixed(0)} passages/s (${source.embeddingTokens} embedding tokens)`,
  );
  return botId;
}

async function firstTokenWithAndWithoutRetrieval(knowledgeBot: string, rounds: number) {
  const plainBot = await seedBot({ settings: { limits: generousLimits } });
  await db.doc(paths.botSettings(knowledgeBot)).set({ limits: generousLimits }, { merge: true });
  const visitor = await signInAnonymously();
  const timings: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const [mode, botId] of [
      ['on', knowledgeBot],
      ['off', plainBot],
    ] as const) {
      const conversationId = uniqueId('conversation');
      const marker = uniqueId('ttft');
      await fakeModel.script({ match: marker, chunks: ['Section ', 'three ', 'says [1].'], delayMs: 10 });
      let seenAt: number | null = null;
      const unsubscribe = db
        .collection(paths.messages(botId, conversationId))
        .where('role', '==', 'assistant')
        .onSnapshot((snapshot) => {
          for (const change of snapshot.docChanges())
            if (seenAt === null && change.doc.get('text')) seenAt = Date.now();
        });
      const startedAt = Date.now();
      await callFunction<SendMessageResponse>(
        'sendMessage',
        { botId, conversationId, text: `${marker} What about parking for patient 3?` },
        visitor.idToken,
      );
      unsubscribe();
      if (seenAt !== null) timings[mode].push(seenAt - startedAt);
    }
  }
  const on50 = percentile(timings.on, 50);
  const off50 = percentile(timings.off, 50);
  console.log(
    `time to first visible token over ${rounds} alternating rounds: retrieval on p50 ${on50} ms / p95 ${percentile(timings.on, 95)} ms, off p50 ${off50} ms / p95 ${percentile(timings.off, 95)} ms → added p50 ${on50 - off50} ms`,
  );
}

await fakeModel.reset();
await retrievalLatency([1_000, 10_000], 40);
const knowledgeBot = await indexingThroughput(400);
await firstTokenWithAndWithoutRetrieval(knowledgeBot, 15);
process.exit(0);
