import { createHmac } from 'node:crypto';
import {
  type Conversation,
  type ExportConversationsResponse,
  paths,
  type RequestHandoffResponse,
  type SendMessageResponse,
  type WebhookDelivery,
  type WebhookEndpoint,
} from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFunctionParams } from '../../dev/src/emulators/applyFunctionParams.ts';
import { urls } from '../../dev/src/localConfig.ts';
import { callFunction } from '../support/callFunction.ts';
import { caughtMails } from '../support/caughtMails.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
import { reasonOf, seedTeam, type Team } from '../support/team.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { type ReceivedHook, startWebhookReceiver } from '../support/webhookReceiver.ts';

/*
 * The team never misses a visitor: hand-off, notifications, follow-up mail, webhooks, exports, through the real
 * callables and triggers on the emulators, a real SMTP catcher and a real HTTP receiver on loopback. One team and
 * one receiver for the file: each test adds its own conversation.
 */

let team: Team;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let failing = true;

beforeAll(async () => {
  receiver = await startWebhookReceiver((path) => {
    if (path === '/slow') return { status: 200, delayMs: 5_000 };
    if (path === '/failing') return { status: failing ? 500 : 200 };
    return { status: 200 };
  });
  team = await seedTeam();
  await db.doc(paths.bot(team.botId)).update({ 'appearance.title': 'Sonnen Bakery', 'appearance.locale': 'de' });
});

afterAll(async () => {
  await receiver?.close();
});

const rawMails = async () =>
  (await (await fetch(`${process.env.MAIL_CATCHER_URL ?? urls.mailViewer}/messages`)).json()) as {
    to: string[];
    raw: string;
  }[];

const hooksOf = (type: string, conversationId: string) =>
  receiver.received.filter((hook) => {
    const body = JSON.parse(hook.body) as { type: string; data: { conversationId?: string } };
    return body.type === type && body.data.conversationId === conversationId;
  });

function verifySignature(hook: ReceivedHook, secret: string): boolean {
  const header = String(hook.headers['frontdesk-signature']);
  const { t, v1 } = Object.fromEntries(header.split(',').map((part) => part.split('='))) as { t: string; v1: string };
  return createHmac('sha256', secret).update(`${t}.${hook.body}`).digest('hex') === v1;
}

async function startConversation(text: string) {
  const visitor = await signInAnonymously();
  await fakeModel.script({ match: text, text: 'Gern geschehen.' });
  const answer = await callFunction<SendMessageResponse>(
    'sendMessage',
    {
      botId: team.botId,
      text,
      context: {
        pageUrl: 'https://bakery.example/torten',
        referrer: 'https://search.example/',
        title: 'Torten',
        language: 'de-DE',
        timezone: 'Europe/Berlin',
      },
    },
    visitor.idToken,
  );
  expect(answer.error).toBeUndefined();
  return { visitor, conversationId: answer.result?.conversationId as string };
}

describe('webhooks and notifications', () => {
  let secret: string;

  beforeAll(async () => {
    const choose = (choices: Record<string, boolean>, idToken: string) =>
      callFunction(
        'setNotificationPrefs',
        {
          botId: team.botId,
          choices: {
            conversationCreated: false,
            handoffRequested: false,
            bookingCreated: false,
            bookingCancelled: false,
            ...choices,
          },
        },
        idToken,
      );
    expect(
      (await choose({ conversationCreated: true, handoffRequested: true }, team.owner.idToken)).error,
    ).toBeUndefined();
    expect((await choose({ handoffRequested: true }, team.agent.idToken)).error).toBeUndefined();
    const saved = await callFunction<{ endpointId: string }>(
      'saveWebhook',
      {
        tenantId: team.tenantId,
        url: `${receiver.url}/hooks`,
        events: ['conversation.created', 'handoff.requested', 'message.created'],
        active: true,
      },
      team.owner.idToken,
    );
    expect(saved.error).toBeUndefined();
    const endpoint = await db.doc(`${paths.webhooks(team.tenantId)}/${saved.result?.endpointId}`).get();
    secret = (endpoint.data() as WebhookEndpoint).secret;
  });

  it('refuses webhook URLs to private or metadata addresses, bad schemes and agents, writing nothing', async () => {
    const attempt = (url: string, idToken = team.owner.idToken) =>
      callFunction('saveWebhook', { tenantId: team.tenantId, url, events: ['message.created'], active: true }, idToken);
    for (const url of [
      'https://169.254.169.254/latest/meta-data',
      'https://10.0.0.1/hook',
      'https://[::ffff:192.168.0.1]/hook',
      'https://[fd00::1]/hook',
    ]) {
      expect(reasonOf(await attempt(url)), url).toBe('url_not_public');
    }
    expect(reasonOf(await attempt('ftp://example.com/hook'))).toBe('invalid_input');
    expect(reasonOf(await attempt(`https://example.com/${'x'.repeat(600)}`))).toBe('invalid_input');
    expect(reasonOf(await attempt(`${receiver.url}/agent`, team.agent.idToken))).toBe('role_forbidden');
    expect((await db.collection(paths.webhooks(team.tenantId)).get()).size).toBe(1);
  });

  it('posts signed events for a new conversation and its messages, and mails who chose it', async () => {
    const { conversationId } = await startConversation(uniqueId('hello'));
    await expect.poll(() => hooksOf('conversation.created', conversationId).length).toBe(1);
    await expect.poll(() => hooksOf('message.created', conversationId).length).toBe(2);
    const [created] = hooksOf('conversation.created', conversationId) as [ReceivedHook];
    expect(verifySignature(created, secret)).toBe(true);
    expect(verifySignature({ ...created, body: created.body.replace('Torten', 'Kekse') }, secret)).toBe(false);
    expect(JSON.parse(created.body).data.context.pageUrl).toBe('https://bakery.example/torten');

    const stored = (await db.doc(paths.conversation(team.botId, conversationId)).get()).data() as Conversation;
    expect(stored.context?.language).toBe('de-DE');
    expect(stored.currentPageUrl).toBe('https://bakery.example/torten');

    // The owner chose new conversations; the agent did not. In the bot's language, German.
    const mailToOwner = async () =>
      (await rawMails()).find(
        (mail) => mail.to.includes(team.owner.email) && mail.raw.includes(encodeURIComponent(conversationId)),
      );
    await expect.poll(mailToOwner).toBeDefined();
    const raw = (await mailToOwner())?.raw ?? '';
    // The subject as a mail client reads it (the raw header is MIME-encoded: it has an umlaut).
    const { default: PostalMime } = await import('postal-mime');
    expect((await PostalMime.parse(raw)).subject).toMatch(/^Neues Gespräch auf /);
    expect(raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    const unsubscribe = /List-Unsubscribe:\s*<([^>]+)>/.exec(raw.replace(/\r?\n\s+/g, ''))?.[1] as string;
    expect(unsubscribe).toContain('/unsubscribe?');

    // One click (RFC 8058): a POST switches that kind off; a forged signature is a 400 and changes nothing.
    const forged = await fetch(unsubscribe.replace(/s=[^&]+/, 's=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'), {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
    });
    expect(forged.status).toBe(400);
    const prefs = () => db.doc(`${paths.notificationPrefs(team.tenantId)}/${team.owner.uid}`).get();
    expect((await prefs()).get(`bots.${team.botId}.conversationCreated`)).toBe(true);
    const page = await fetch(unsubscribe);
    expect(page.status).toBe(200);
    expect((await prefs()).get(`bots.${team.botId}.conversationCreated`)).toBe(true);
    const clicked = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.status).toBe(200);
    expect((await prefs()).get(`bots.${team.botId}.conversationCreated`)).toBe(false);
    expect((await prefs()).get(`bots.${team.botId}.handoffRequested`)).toBe(true);
  });

  it('hands over to a person: waiting, the team told, the AI silent, the address kept', async () => {
    const { visitor, conversationId } = await startConversation(uniqueId('need a person'));
    const ref = { botId: team.botId, conversationId };
    const ask = (data: Record<string, unknown>, idToken = visitor.idToken) =>
      callFunction<RequestHandoffResponse>('requestHandoff', { ...ref, ...data }, idToken);
    // Bad input is refused and writes nothing.
    expect(reasonOf(await ask({ email: 'not-an-address', consent: true }))).toBe('invalid_input');
    expect(reasonOf(await ask({ email: 'ada@example.com' }))).toBe('invalid_input');
    expect(reasonOf(await ask({ email: `${'a'.repeat(250)}@example.com`, consent: true }))).toBe('invalid_input');
    const stranger = await signInAnonymously();
    expect(reasonOf(await ask({}, stranger.idToken))).toBe('conversation_forbidden');
    expect(((await db.doc(paths.conversation(team.botId, conversationId)).get()).data() as Conversation).status).toBe(
      'ai',
    );

    const answer = await ask({ email: 'Ada@Example.com', consent: true });
    expect(answer.result).toMatchObject({ status: 'waiting', emailSaved: true });
    const stored = (await db.doc(paths.conversation(team.botId, conversationId)).get()).data() as Conversation;
    expect(stored).toMatchObject({ status: 'waiting', visitorEmail: 'ada@example.com' });
    await expect.poll(() => hooksOf('handoff.requested', conversationId).length).toBe(1);
    const waitingMailTo = async (email: string) =>
      (await caughtMails()).filter(
        (mail) => mail.to.includes(email) && mail.text.includes(conversationId) && mail.subject.includes('wartet'),
      );
    await expect.poll(async () => (await waitingMailTo(team.agent.email)).length).toBe(1);
    await expect.poll(async () => (await waitingMailTo(team.owner.email)).length).toBe(1);
    expect((await waitingMailTo(team.admin.email)).length).toBe(0);

    // While waiting, the AI does not answer.
    const again = await callFunction<SendMessageResponse>(
      'sendMessage',
      { ...ref, text: 'Hallo? Ist jemand da?' },
      visitor.idToken,
    );
    expect(again.result).toMatchObject({ status: 'human', replyMessageId: null });
  });

  it('groups notifications: one mail per member, kind and conversation within the window, once per event', async () => {
    applyFunctionParams();
    const { claimNotification } = await import('../../functions/src/events/claimNotification.ts');
    const claimId = uniqueId('claim');
    const mail = { to: ['nobody@example.com'], message: { subject: 's', text: 't', html: 'h', attachments: [] } };
    const claim = (eventId: string, now: number) =>
      claimNotification({
        tenantId: team.tenantId,
        claimId,
        eventId,
        windowMs: 5 * 60_000,
        now,
        mail,
        about: { tenantId: team.tenantId, kind: 'notification' },
      });
    const start = Date.parse('2026-06-01T10:00:00Z');
    expect(await claim('event-1', start)).toBe(true);
    expect(await claim('event-1', start + 10 * 60_000)).toBe(false); // the same event again: a re-delivered trigger
    expect(await claim('event-2', start + 60_000)).toBe(false); // within the window
    expect(await claim('event-3', start + 5 * 60_000 + 1)).toBe(true); // after it
  });
});

describe('answers reach visitors who left', () => {
  it('mails the team’s reply to an absent visitor with a signed link that reopens the conversation', async () => {
    const { visitor, conversationId } = await startConversation(uniqueId('call me back'));
    const ref = { botId: team.botId, conversationId };
    // An address no other test mails: the mail catcher holds every file's mails.
    const address = `${uniqueId('grace')}@example.com`;
    expect(
      (await callFunction('requestHandoff', { ...ref, email: address, consent: true }, visitor.idToken)).error,
    ).toBeUndefined();
    // The visitor's widget reported presence two minutes ago: gone.
    await db.doc(paths.presence(team.botId, conversationId, 'visitor')).set({
      lastSeenAt: Timestamp.fromMillis(Date.now() - 120_000),
    });
    const reply = `Wir rufen Sie an ${uniqueId('r')}`;
    expect((await callFunction('postAgentReply', { ...ref, text: reply }, team.agent.idToken)).error).toBeUndefined();
    const followUp = async () => (await caughtMails()).find((mail) => mail.to.includes(address));
    await expect.poll(followUp).toBeDefined();
    const mail = (await followUp()) as Awaited<ReturnType<typeof followUp>> & object;
    expect(mail.subject).toBe('Eine Antwort von Sonnen Bakery');
    expect(mail.text).toContain(reply);
    const link = /(https:\/\/bakery\.example\/torten#frontdesk-resume=\S+)/.exec(mail.text)?.[1] as string;
    const [, botId, id, token] = /frontdesk-resume=([^.]+)\.([^.]+)\.(\S+)$/.exec(link) ?? [];
    expect([botId, id]).toEqual([team.botId, conversationId]);

    // Another browser opens the link: the conversation becomes its visitor's; a forged token is refused.
    const elsewhere = await signInAnonymously();
    const forged = await callFunction('resumeConversation', { ...ref, token: 'A'.repeat(32) }, elsewhere.idToken);
    expect(reasonOf(forged)).toBe('link_invalid');
    const resumed = await callFunction('resumeConversation', { ...ref, token }, elsewhere.idToken);
    expect(resumed.error).toBeUndefined();
    const moved = (await db.doc(paths.conversation(team.botId, conversationId)).get()).data() as Conversation;
    expect(moved.visitorUid).toBe(elsewhere.uid);
    const messages = await db.collection(paths.messages(team.botId, conversationId)).get();
    expect(messages.docs.every((message) => message.get('visitorUid') === elsewhere.uid)).toBe(true);
  });

  it('mails nobody while the visitor is on the site', async () => {
    applyFunctionParams();
    process.env.FUNCTIONS_EMULATOR = 'true';
    const { sendFollowUp } = await import('../../functions/src/events/sendFollowUp.ts');
    const { visitor, conversationId } = await startConversation(uniqueId('still here'));
    const ref = { botId: team.botId, conversationId };
    await callFunction('requestHandoff', { ...ref, email: 'linus@example.com', consent: true }, visitor.idToken);
    const seenAt = Date.now();
    await db
      .doc(paths.presence(team.botId, conversationId, 'visitor'))
      .set({ lastSeenAt: Timestamp.fromMillis(seenAt) });
    expect(
      (await callFunction('postAgentReply', { ...ref, text: 'Hallo!' }, team.agent.idToken)).error,
    ).toBeUndefined();
    const event = await db
      .collection(paths.events())
      .where('conversationId', '==', conversationId)
      .where('role', '==', 'agent')
      .get();
    const [agentEvent] = event.docs;
    const data = agentEvent?.data() as Parameters<typeof sendFollowUp>[1];
    expect(await sendFollowUp(agentEvent?.id as string, data, seenAt + 10_000)).toBe(false);
    // The same reply, had the visitor gone quiet for ten minutes: mailed.
    expect(await sendFollowUp(agentEvent?.id as string, data, seenAt + 10 * 60_000)).toBe(true);
  });
});

describe('webhook deliveries that fail', () => {
  it('retries a failing endpoint with backoff and times out a slow one, logging each attempt', async () => {
    applyFunctionParams({ WEBHOOK_TIMEOUT_SECONDS: '2' });
    process.env.FUNCTIONS_EMULATOR = 'true';
    const { processWebhookDelivery } = await import('../../functions/src/webhooks/processWebhookDelivery.ts');
    const save = async (path: string) =>
      (
        await callFunction<{ endpointId: string }>(
          'saveWebhook',
          { tenantId: team.tenantId, url: `${receiver.url}${path}`, events: ['booking.created'], active: true },
          team.admin.idToken,
        )
      ).result?.endpointId as string;
    const [failingId, slowId] = [await save('/failing'), await save('/slow')];
    const test = async (endpointId: string) =>
      (
        await callFunction<{ deliveryId: string }>(
          'sendTestWebhook',
          { tenantId: team.tenantId, endpointId },
          team.owner.idToken,
        )
      ).result?.deliveryId as string;
    const delivery = async (id: string) =>
      (await db.doc(`${paths.webhookDeliveries(team.tenantId)}/${id}`).get()).data() as WebhookDelivery | undefined;

    const failingDelivery = await test(failingId);
    await expect.poll(async () => (await delivery(failingDelivery))?.state).toBe('RETRY');
    expect(await delivery(failingDelivery)).toMatchObject({ attempts: 1, lastStatus: 500, lastError: 'HTTP 500' });
    const slowDelivery = await test(slowId);
    await expect.poll(async () => (await delivery(slowDelivery))?.state, { timeout: 15_000 }).toBe('RETRY');
    expect(await delivery(slowDelivery)).toMatchObject({ attempts: 1, lastStatus: null, lastError: 'timed out' });

    // Not before the backoff is over; then, the receiver fixed, sent once more with the same body.
    failing = false;
    const due = (
      (await delivery(failingDelivery)) as WebhookDelivery & { nextAttemptAt: Timestamp }
    ).nextAttemptAt.toMillis();
    expect(await processWebhookDelivery(team.tenantId, failingDelivery, due - 1_000)).toBe('skipped');
    expect(await processWebhookDelivery(team.tenantId, failingDelivery, due)).toBe('sent');
    expect(await delivery(failingDelivery)).toMatchObject({ state: 'SENT', attempts: 2, lastStatus: 200 });
    const posts = receiver.received.filter((hook) => hook.headers['frontdesk-delivery'] === failingDelivery);
    expect(posts).toHaveLength(2);
    expect(posts[0]?.body).toBe(posts[1]?.body);
    expect(JSON.parse(posts[0]?.body ?? '{}').type).toBe('ping');
  }, 60_000);
});

describe('exportConversations', () => {
  it('exports a date range as JSON Lines and formula-safe CSV, for owners and admins only', async () => {
    const { conversationId } = await startConversation(`=HYPERLINK("x") ${uniqueId('export')}`);
    const today = new Date().toISOString().slice(0, 10);
    const range = { botId: team.botId, from: today, to: today };
    const jsonl = await callFunction<ExportConversationsResponse>(
      'exportConversations',
      { ...range, format: 'jsonl' },
      team.admin.idToken,
    );
    const lines = (jsonl.result?.content ?? '')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const exported = lines.find((line) => line.id === conversationId);
    expect(exported.context.pageUrl).toBe('https://bakery.example/torten');
    expect(exported.messages[0].role).toBe('visitor');
    const csv = await callFunction<ExportConversationsResponse>(
      'exportConversations',
      { ...range, format: 'csv' },
      team.owner.idToken,
    );
    expect(csv.result?.content).toContain(`,visitor,"'=HYPERLINK(""x"")`);
    expect(reasonOf(await callFunction('exportConversations', { ...range, format: 'csv' }, team.agent.idToken))).toBe(
      'role_forbidden',
    );
    expect(
      reasonOf(
        await callFunction('exportConversations', { ...range, from: '2026-13-01', format: 'csv' }, team.owner.idToken),
      ),
    ).toBe('invalid_input');
  });
});

describe('visitor context', () => {
  it('refuses a context with a script URL or an over-long title, and writes nothing', async () => {
    const visitor = await signInAnonymously();
    const conversationId = uniqueId('c');
    for (const context of [
      { pageUrl: 'javascript:alert(1)' },
      { title: 'x'.repeat(201) },
      { referrer: 'file:///etc/passwd' },
      { language: 'de-DE\r\nX: y' },
    ]) {
      const answer = await callFunction(
        'sendMessage',
        { botId: team.botId, conversationId, text: 'hi', context },
        visitor.idToken,
      );
      expect(reasonOf(answer), JSON.stringify(context)).toBe('invalid_input');
    }
    expect((await db.doc(paths.conversation(team.botId, conversationId)).get()).exists).toBe(false);
  });
});
