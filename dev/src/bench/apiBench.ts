/**
 * HTTP API benchmarks, run with `npm run bench:api` (the emulators and the fake model are started for it), with
 * the widget's path measured in the same run for comparison. Prints numbers; asserts nothing.
 * 1. Time from the model's first token to the first `token` event an API client reads, through the Hosting
 *    emulator's rewrite (p50/p95); and to the first snapshot the widget's Firestore listener sees.
 * 2. 200 concurrent API streams, and 200 concurrent widget conversations: how many end `done`, how many stay
 *    stuck, wall time, and how long the API streams waited for their `start` event.
 * `npm run bench:api -- concurrency [count]` runs only part 2.
 */

import type { AddressInfo } from 'node:net';
import { type ApiChatEvent, paths, type SendMessageResponse } from '@frontdesk/contract';
import { frontdeskApiClient } from '@frontdesk/contract/apiClient';
import express from 'express';
import { seedApiKey } from '../../../tests/support/apiKey.ts';
import { callFunction } from '../../../tests/support/callFunction.ts';
import { db } from '../../../tests/support/db.ts';
import { fakeModel } from '../../../tests/support/fakeModel.ts';
import { seedBot } from '../../../tests/support/seedBot.ts';
import { signInAnonymously } from '../../../tests/support/signInAnonymously.ts';
import { uniqueId } from '../../../tests/support/uniqueId.ts';
import { applyFunctionParams } from '../emulators/applyFunctionParams.ts';
import { urls } from '../localConfig.ts';
import { concurrentWidgetTurns, generousLimits, stuckReplies } from './concurrentWidgetTurns.ts';
import { percentile } from './percentile.ts';

const keyLimits = { perMinute: 100_000, perDay: 1_000_000 };
const summary = (values: number[]) =>
  `p50 ${percentile(values, 50)} ms, p95 ${percentile(values, 95)} ms, max ${Math.max(...values)} ms (${values.length} replies)`;

async function firstTokenLatency(replies: number) {
  const botId = await seedBot({ settings: { limits: generousLimits } });
  const { key } = await seedApiKey(botId, keyLimits);
  const api = frontdeskApiClient({ baseUrl: urls.hosting, key });
  const visitor = await signInAnonymously();
  const apiLatencies: number[] = [];
  const widgetLatencies: number[] = [];
  for (let index = 0; index < replies; index += 1) {
    const chunks = Array.from({ length: 20 }, (_, i) => `w${i} `);
    await fakeModel.reset();
    const apiMarker = uniqueId('api-ttft');
    await fakeModel.script({ match: apiMarker, chunks, delayMs: 20 });
    let apiSeenAt: number | null = null;
    for await (const event of api.chat({ message: apiMarker })) {
      if (event.type === 'token' && apiSeenAt === null) apiSeenAt = Date.now();
    }
    const [apiRequest] = await fakeModel.requests();
    if (apiSeenAt !== null && apiRequest?.firstChunkSentAt) apiLatencies.push(apiSeenAt - apiRequest.firstChunkSentAt);

    await fakeModel.reset();
    const widgetMarker = uniqueId('widget-ttft');
    await fakeModel.script({ match: widgetMarker, chunks, delayMs: 20 });
    const conversationId = uniqueId('conversation');
    let widgetSeenAt: number | null = null;
    const unsubscribe = db
      .collection(paths.messages(botId, conversationId))
      .where('role', '==', 'assistant')
      .onSnapshot((snapshot) => {
        for (const change of snapshot.docChanges()) {
          if (widgetSeenAt === null && change.doc.get('text')) widgetSeenAt = Date.now();
        }
      });
    await callFunction<SendMessageResponse>(
      'sendMessage',
      { botId, conversationId, text: widgetMarker },
      visitor.idToken,
    );
    unsubscribe();
    const [widgetRequest] = await fakeModel.requests();
    if (widgetSeenAt !== null && widgetRequest?.firstChunkSentAt) {
      widgetLatencies.push(widgetSeenAt - widgetRequest.firstChunkSentAt);
    }
  }
  console.log('model first token → first text on the client:');
  console.log(`  API, first token event through the Hosting rewrite: ${summary(apiLatencies)}`);
  console.log(`  widget, first Firestore listener snapshot:          ${summary(widgetLatencies)}`);
}

/**
 * The Functions emulator starts one process per concurrent request, which cannot host 200 at once on this
 * machine; a deployed function serves many requests per instance. So this part serves the real `api` handler
 * from this process (express parses the body as the platform does), and runs the widget's callable the same
 * way (concurrentWidgetTurns), against the same Firestore emulator and fake model.
 */
async function concurrentStreams(count: number) {
  applyFunctionParams({ STREAM_IDLE_TIMEOUT_SECONDS: '10' });
  const { api } = await import('../../../functions/src/api/api.ts');
  const app = express();
  app.use(
    express.json({
      verify: (request, _response, body) => Object.assign(request, { rawBody: body }),
    }),
  );
  app.use((request, response) => api(request as Parameters<typeof api>[0], response));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const chunks = Array.from({ length: 40 }, (_, i) => `c${i} `);
  const botId = await seedBot({ settings: { limits: generousLimits } });
  const { key } = await seedApiKey(botId, keyLimits);
  const api200 = frontdeskApiClient({ baseUrl, key });
  const apiMarker = uniqueId('api-load');
  await fakeModel.script({ match: apiMarker, chunks, delayMs: 25 });
  const startedAt = Date.now();
  // Until the `start` event: everything before the reply is written (key, limits, budget), where streams wait on
  // each other's counter locks.
  const admittedMs: number[] = [];
  const apiOutcomes = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      try {
        let last: ApiChatEvent | undefined;
        for await (const event of api200.chat({ message: `${apiMarker} #${index}`, externalUserId: `u${index}` })) {
          if (event.type === 'start') admittedMs.push(Date.now() - startedAt);
          last = event;
        }
        return last?.type === 'done' && last.text === chunks.join('') ? 'done' : `ended with ${last?.type}`;
      } catch (error) {
        return `refused: ${(error as Error).message}`;
      }
    }),
  );
  const apiWallMs = Date.now() - startedAt;
  const apiStuck = await stuckReplies(botId);
  report('API streams', apiOutcomes, apiStuck, apiWallMs);
  console.log(`  request → start event: p50 ${percentile(admittedMs, 50)} ms, p95 ${percentile(admittedMs, 95)} ms`);

  const widget = await concurrentWidgetTurns(count, chunks);
  report('widget conversations', widget.outcomes, widget.stuck, widget.wallMs);
  server.close();
}

function report(what: string, outcomes: string[], stuck: number, wallMs: number) {
  const refusals = [...new Set(outcomes.filter((outcome) => outcome !== 'done'))];
  if (refusals.length > 0) console.log(`  other outcomes: ${refusals.join(' | ')}`);
  console.log(
    `${outcomes.length} concurrent ${what}: ${outcomes.filter((o) => o === 'done').length} done, ${outcomes.filter((o) => o !== 'done').length} not, ${stuck} stuck; wall time ${(wallMs / 1000).toFixed(1)} s (each reply streams 40 tokens over ~1 s)`,
  );
}

// `npm run bench:api -- concurrency [count]` runs only part 2.
const [part, size] = process.argv.slice(2);
if (part !== 'concurrency') await firstTokenLatency(25);
await concurrentStreams(size ? Number(size) : 200);
process.exit(0);
