/**
 * Notification and webhook fan-out, run with `npm run bench:fanout` (the emulators, the fake model and the mail
 * catcher are started for it). Prints numbers; asserts nothing.
 *
 * One tenant with three members who all chose "new conversations" and one webhook endpoint (a real HTTP server on
 * loopback) listening to `conversation.created` and `message.created`. 200 conversations start within a minute.
 * Expected: 600 notification mails (3 members × 200 conversations; grouping is per conversation) and 600 webhook
 * deliveries (a created event, the visitor's message and the reply per conversation). Counted: made, lost,
 * doubled, and the time until the outboxes drained.
 *
 * The triggers' handlers run in this process, as Cloud Functions would run them: `fanOutEvent` for each event, then
 * `processWebhookDelivery` and `processMail` for what it made, each with its function's `maxInstances` in flight.
 * Every item is handed to its handler twice at once, as an at-least-once platform may, so "doubled" is tested
 * too. The Functions emulator is not started: it runs each background trigger in a worker process of its own,
 * about one a second on this machine, so timing it would measure the emulator.
 */
import { defaultBotSettings, paths, type SendMessageResponse } from '@frontdesk/contract';
import type { CallableRequest } from 'firebase-functions/v2/https';
import { db } from '../../../tests/support/db.ts';
import { fakeModel } from '../../../tests/support/fakeModel.ts';
import { uniqueId } from '../../../tests/support/uniqueId.ts';
import { startWebhookReceiver } from '../../../tests/support/webhookReceiver.ts';
import { applyFunctionParams } from '../emulators/applyFunctionParams.ts';
import { urls } from '../localConfig.ts';
import { demoBot } from '../seed/seedDemo.ts';
import { percentile } from './percentile.ts';

const CONVERSATIONS = Number(process.env.FANOUT_CONVERSATIONS ?? 200);
const SPREAD_MS = 60_000;
const DRAIN_LIMIT_MS = 15 * 60_000;
const mailCatcher = process.env.MAIL_CATCHER_URL ?? urls.mailViewer;

// As under the Functions emulator: the receiver is on loopback, which only the emulator lets webhooks reach.
applyFunctionParams({ STREAM_IDLE_TIMEOUT_SECONDS: '10', FUNCTIONS_EMULATOR: 'true' });
const { sendMessage } = await import('../../../functions/src/chat/sendMessage.ts');
const { fanOutEvent } = await import('../../../functions/src/events/fanOutEvent.ts');
const { processWebhookDelivery } = await import('../../../functions/src/webhooks/processWebhookDelivery.ts');
const { processMail } = await import('../../../functions/src/mail/processMail.ts');
const { sendWithSmtp } = await import('../../../functions/src/mail/smtpSender.ts');

const receiver = await startWebhookReceiver();
const tenantId = uniqueId('fanout-tenant');
const botId = uniqueId('fanout-bot');
const members = ['owner', 'admin', 'agent'] as const;
const uids = members.map((role) => `${tenantId}-${role}`);
const emails = members.map((role) => `${role}-${tenantId}@fanout.test`);
await db.doc(paths.tenant(tenantId)).set({
  name: 'Fan-out bakery',
  members: Object.fromEntries(uids.map((uid, index) => [uid, members[index]])),
  memberEmails: Object.fromEntries(uids.map((uid, index) => [uid, emails[index]])),
  webhookEvents: ['conversation.created', 'message.created'],
});
await db.doc(paths.bot(botId)).set({ ...demoBot, tenantId, active: true, appointmentsEnabled: false });
await db.doc(paths.botSettings(botId)).set({
  ...defaultBotSettings,
  limits: {
    visitorPerMinute: 1_000,
    visitorPerDay: 100_000,
    ipPerMinute: 10_000,
    ipPerDay: 1_000_000,
    botPerMinute: 100_000,
  },
});
const choices = { conversationCreated: true, handoffRequested: false, bookingCreated: false, bookingCancelled: false };
for (const uid of uids) {
  await db
    .doc(`${paths.notificationPrefs(tenantId)}/${uid}`)
    .set({ tenantId, bots: { [botId]: choices }, updatedAt: new Date() });
}
await db.doc(`${paths.webhooks(tenantId)}/endpoint`).set({
  tenantId,
  url: `${receiver.url}/hooks`,
  events: ['conversation.created', 'message.created'],
  active: true,
  secret: 'whsec_bench',
  createdAt: new Date(),
});
await fetch(`${mailCatcher}/reset`, { method: 'POST' });
const marker = uniqueId('fanout');
await fakeModel.script({ match: marker, text: 'Thanks, the team will be in touch.' });

/**
 * Hands every item `list` finds to `handle`, twice at once, with `inFlight` workers taking items as they come,
 * until stopped. `handled` counts the items taken up.
 */
function pump(list: () => Promise<string[]>, handle: (id: string) => Promise<unknown>, inFlight: number) {
  const taken = new Set<string>();
  const queue: string[] = [];
  let stopped = false;
  const pause = () => new Promise((resolve) => setTimeout(resolve, 200));
  const lister = (async () => {
    while (!stopped) {
      for (const id of await list()) {
        if (!taken.has(id)) {
          taken.add(id);
          queue.push(id);
        }
      }
      await pause();
    }
  })();
  const workers = Array.from({ length: inFlight }, async () => {
    while (!stopped) {
      const id = queue.shift();
      if (id === undefined) await pause();
      else await Promise.all([handle(id), handle(id)]);
    }
  });
  return {
    handled: () => taken.size,
    stop: async () => {
      stopped = true;
      await Promise.all([lister, ...workers]);
    },
  };
}
const idsOf = async (query: FirebaseFirestore.Query) => (await query.select().get()).docs.map((doc) => doc.id);
const pumps = [
  pump(
    () => idsOf(db.collection(paths.events()).where('tenantId', '==', tenantId)),
    (id) => fanOutEvent(id),
    10,
  ),
  pump(
    () => idsOf(db.collection(paths.webhookDeliveries(tenantId))),
    (id) => processWebhookDelivery(tenantId, id),
    20,
  ),
  pump(
    () => idsOf(db.collection(paths.mail()).where('tenantId', '==', tenantId)),
    (id) => processMail(db, id, sendWithSmtp),
    10,
  ),
];

const startedAt = Date.now();
const outcomes = await Promise.all(
  Array.from({ length: CONVERSATIONS }, async (_, index) => {
    await new Promise((resolve) => setTimeout(resolve, (index * SPREAD_MS) / CONVERSATIONS));
    const request = {
      data: { botId, text: `${marker} #${index}` },
      auth: { uid: `fanout-visitor-${marker}-${index}`, token: {} },
      app: { appId: 'bench', token: {} },
      rawRequest: { headers: {}, socket: { remoteAddress: `10.1.${Math.floor(index / 250)}.${index % 250}` } },
      acceptsStreaming: false,
    } as unknown as CallableRequest<unknown>;
    try {
      return ((await sendMessage.run(request)) as SendMessageResponse).status;
    } catch (error) {
      return `refused: ${(error as Error).message}`;
    }
  }),
);
const startedAll = Date.now();
const expectedMails = CONVERSATIONS * members.length;
const expectedDeliveries = CONVERSATIONS * 3;

async function counts() {
  const mails = (await (await fetch(`${mailCatcher}/messages`)).json()) as { to: string[]; raw: string }[];
  const ours = mails.filter((mail) => emails.some((email) => mail.to.includes(email)));
  const mailKeys = ours.map((mail) => `${mail.to.join()}|${/conversations\/([\w-]+)/.exec(mail.raw)?.[1] ?? '?'}`);
  const deliveryIds = receiver.received
    .filter((hook) => hook.path === '/hooks')
    .map((hook) => String(hook.headers['frontdesk-delivery']));
  return {
    mails: new Set(mailKeys).size,
    doubledMails: mailKeys.length - new Set(mailKeys).size,
    deliveries: new Set(deliveryIds).size,
    doubledDeliveries: deliveryIds.length - new Set(deliveryIds).size,
  };
}

let last = await counts();
while (Date.now() - startedAt < DRAIN_LIMIT_MS) {
  last = await counts();
  if (last.mails >= expectedMails && last.deliveries >= expectedDeliveries) break;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}
const drainedAt = Date.now();
// Wait a little longer: anything doubled would arrive now.
await new Promise((resolve) => setTimeout(resolve, 10_000));
const [events, deliveries, mails] = pumps.map((running) => running.handled());
await Promise.all(pumps.map((running) => running.stop()));
const settled = await counts();
const deliveryDocs = await db.collection(paths.webhookDeliveries(tenantId)).get();
// A delivery posted twice is either a retry after an attempt that failed (e.g. timed out while the receiver
// still got it: at-least-once, why every delivery carries its id) or a double claim, which must never happen.
const timesReceived = new Map<string, number>();
for (const hook of receiver.received.filter((received) => received.path === '/hooks')) {
  const id = String(hook.headers['frontdesk-delivery']);
  timesReceived.set(id, (timesReceived.get(id) ?? 0) + 1);
}
const attemptsOf = new Map(deliveryDocs.docs.map((doc) => [doc.id, doc.get('attempts') as number]));
const doubledIds = [...timesReceived].filter(([, times]) => times > 1).map(([id]) => id);
const doubleClaims = doubledIds.filter((id) => (attemptsOf.get(id) ?? 0) < (timesReceived.get(id) ?? 0)).length;
const latencies = deliveryDocs.docs
  .map((doc) => {
    const created = doc.get('createdAt')?.toMillis?.() as number | undefined;
    const ended = doc.get('endTime')?.toMillis?.() as number | undefined;
    return created && ended ? ended - created : null;
  })
  .filter((value): value is number => value !== null);

const refused = outcomes.filter((outcome) => outcome.startsWith('refused'));
console.log(
  `${CONVERSATIONS} conversations started over ${(SPREAD_MS / 1000).toFixed(0)} s (${outcomes.filter((o) => o === 'done').length} answered, ${refused.length} refused${refused.length ? `: ${[...new Set(refused)].join(' | ')}` : ''})`,
);
console.log(`handled in this process, each twice at once: ${events} events, ${deliveries} deliveries, ${mails} mails`);
console.log(
  `notification mails: ${settled.mails}/${expectedMails} made, ${expectedMails - settled.mails} lost, ${settled.doubledMails} doubled`,
);
console.log(
  `webhook deliveries: ${settled.deliveries}/${expectedDeliveries} made, ${expectedDeliveries - settled.deliveries} lost, ${settled.doubledDeliveries} posted again (${doubledIds.length - doubleClaims} retries of a failed attempt, ${doubleClaims} double claims); delivery states: ${JSON.stringify(Object.fromEntries([...new Set(deliveryDocs.docs.map((d) => d.get('state')))].map((state) => [state, deliveryDocs.docs.filter((d) => d.get('state') === state).length])))}`,
);
console.log(
  `event → delivered: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${Math.max(...latencies)} ms`,
);
console.log(
  `time to drain: ${((drainedAt - startedAt) / 1000).toFixed(1)} s from the first conversation, ${((drainedAt - startedAll) / 1000).toFixed(1)} s after the last one started${last.mails < expectedMails || last.deliveries < expectedDeliveries ? ' (NOT drained within the limit)' : ''}`,
);
await receiver.close();
process.exit(0);
