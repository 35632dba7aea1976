/**
 * Notification and webhook fan-out, run with `npm run bench:fanout` (the emulators, the fake model and the mail
 * catcher are started for it). Prints numbers; asserts nothing.
 *
 * One tenant with three members who all chose "new conversations" and one webhook endpoint (a real HTTP server on
 * loopback) listening to `conversation.created` and `message.created`. 200 conversations start within a minute.
 * Expected: 600 notification mails (3 members × 200 conversations; grouping is per conversation) and 600 webhook
 * deliveries (a created event, the visitor's message and the reply per conversation). Counted: made, lost,
 * doubled, and the time until the outboxes drained.
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

applyFunctionParams({ STREAM_IDLE_TIMEOUT_SECONDS: '10' });
const { sendMessage } = await import('../../../functions/src/chat/sendMessage.ts');

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
  await db.doc(`${paths.notificationPrefs(tenantId)}/${uid}`).set({ tenantId, bots: { [botId]: choices } });
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
const settled = await counts();
const deliveryDocs = await db.collection(paths.webhookDeliveries(tenantId)).get();
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
console.log(
  `notification mails: ${settled.mails}/${expectedMails} made, ${expectedMails - settled.mails} lost, ${settled.doubledMails} doubled`,
);
console.log(
  `webhook deliveries: ${settled.deliveries}/${expectedDeliveries} made, ${expectedDeliveries - settled.deliveries} lost, ${settled.doubledDeliveries} doubled; delivery states: ${JSON.stringify(Object.fromEntries([...new Set(deliveryDocs.docs.map((d) => d.get('state')))].map((state) => [state, deliveryDocs.docs.filter((d) => d.get('state') === state).length])))}`,
);
console.log(
  `event → delivered: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${Math.max(...latencies)} ms`,
);
console.log(
  `time to drain: ${((drainedAt - startedAt) / 1000).toFixed(1)} s from the first conversation, ${((drainedAt - startedAll) / 1000).toFixed(1)} s after the last one started${last.mails < expectedMails || last.deliveries < expectedDeliveries ? ' (NOT drained within the limit)' : ''}`,
);
await receiver.close();
process.exit(0);
