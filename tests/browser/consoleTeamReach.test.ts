import { createHmac } from 'node:crypto';
import { type Conversation, paths, type WebhookEndpoint } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { startBotSite } from '../support/botSite.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { startWebhookReceiver } from '../support/webhookReceiver.ts';

/*
 * What the team sees of a visitor who asked for a person (the visitor's context, presence, the address left), how
 * it finds them (filter, lookup by email), its own mail choices, and webhooks sent to a real HTTP receiver on
 * loopback. One tenant for the file (its bot is open around the clock); the visitor uses the real widget.
 */

let browser: Browser;
let team: ConsoleTenant;
let site: Awaited<ReturnType<typeof startBotSite>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let teamPage: Page | undefined;

beforeAll(async () => {
  [team, receiver] = await Promise.all([seedConsoleTenant({ name: 'Harbour Physio' }), startWebhookReceiver()]);
  site = await startBotSite(team.botId);
  browser = await launchChromium();
});

/** The owner's console tab, signed in by the first test that needs it (signing in waits with expect.poll). */
async function signedIn(): Promise<Page> {
  teamPage ??= await signInToConsole(browser, team.owner.email);
  return teamPage;
}

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await receiver?.close();
});

/** The value the visitor panel shows under a label. */
const detail = (page: Page, label: string) =>
  page
    .getByTestId('visitor-panel')
    .locator('dt', { hasText: new RegExp(`^${label}`) })
    .locator('xpath=following-sibling::dd[1]');

describe('console: reaching the team', () => {
  it('shows a waiting visitor with context, presence and address, found by filter and by email', async () => {
    const page = await signedIn();
    // A visitor in Tokyo with a British browser, arrived from a newsletter link, asks for a person.
    const visitorContext = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Asia/Tokyo',
      viewport: { width: 1280, height: 800 },
    });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${site.url}?utm_source=newsletter`);
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    const marker = uniqueId('reach');
    await fakeModel.script({ match: marker, text: 'Our team can tell you more.' });
    await visitor.getByRole('textbox', { name: 'Message' }).fill(`${marker} can I bring my dog?`);
    await visitor.getByRole('button', { name: 'Send' }).click();
    await visitor.locator('[data-testid="message"][data-role="assistant"][data-status="done"]').waitFor();
    await visitor.getByRole('button', { name: 'Talk to a person' }).click();
    await visitor.getByLabel('Email (optional, if you cannot wait)').fill('Grace@Example.com');
    await visitor.getByRole('checkbox', { name: 'The team may answer me by email at this address.' }).check();
    await visitor.getByRole('button', { name: 'Ask for a person' }).click();
    await visitor.getByTestId('handoff-outcome').waitFor();

    const waiting = async () =>
      (await db.collection(paths.conversations(team.botId)).where('visitorEmail', '==', 'grace@example.com').get())
        .docs;
    await expect.poll(async () => (await waiting()).length).toBe(1);
    const conversationId = (await waiting())[0]?.id as string;
    // Another visitor's conversation, in the AI's hands: the filter and the lookup must leave it out.
    const at = Timestamp.fromDate(new Date('2026-11-30T09:00:00Z'));
    await db.doc(paths.conversation(team.botId, uniqueId('other'))).set({
      botId: team.botId,
      tenantId: team.tenantId,
      visitorUid: 'someone-else',
      status: 'ai',
      preview: 'Do you open on Sundays?',
      messageCount: 2,
      createdAt: at,
      lastActivityAt: at,
    } satisfies Conversation);

    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/conversations`);
    const items = page.getByTestId('conversation-item');
    await expect.poll(() => items.count()).toBe(2);
    await page.getByTestId('conversation-filter').selectOption({ label: 'Waiting for a person' });
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().innerText()).toContain('grace@example.com');
    await page.getByTestId('conversation-filter').selectOption({ label: 'All' });
    await expect.poll(() => items.count()).toBe(2);
    await page.getByRole('searchbox', { name: 'Find by visitor email or conversation id' }).fill('GRACE@example.com');
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await expect.poll(() => items.count()).toBe(1);
    await items.filter({ hasText: 'grace@example.com' }).click();
    await expect.poll(() => page.url()).toContain(`/conversations/${conversationId}`);

    // The transcript's header: waiting, online (the widget's heartbeat), the address and where the visitor is.
    await expect.poll(() => page.getByTestId('conversation-status').innerText()).toBe('Waiting for a person');
    await expect.poll(() => page.getByTestId('visitor-presence').innerText()).toBe('Online now');
    expect(await detail(page, 'Email').innerText()).toBe('grace@example.com');
    expect(await detail(page, 'Page').innerText()).toBe(site.url);
    expect(await detail(page, 'Page').getByRole('link').getAttribute('href')).toBe(site.url);
    expect(await detail(page, 'Title').innerText()).toBe('Demo Dental — a site with the Frontdesk widget');
    expect(await detail(page, 'Language').innerText()).toBe('en-GB');
    expect(await detail(page, 'Time zone').innerText()).toBe('Asia/Tokyo');
    await saveScreenshot(page, 'console-visitor-waiting-1280');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A team member typing is written for the visitor's widget to show.
    await page.getByRole('textbox', { name: 'Your reply' }).fill('Let me check');
    await expect
      .poll(async () => (await db.doc(paths.presence(team.botId, conversationId, 'team')).get()).get('typingUntil'))
      .toBeInstanceOf(Timestamp);

    // The visitor leaves; their last heartbeat is long ago: offline.
    await visitorContext.close();
    await db
      .doc(paths.presence(team.botId, conversationId, 'visitor'))
      .set({ lastSeenAt: Timestamp.fromDate(new Date('2026-01-01T00:00:00Z')) });
    await expect.poll(() => page.getByTestId('visitor-presence').innerText()).toBe('Not on the site');
  });

  it("saves a member's own choice of mails about the bot", async () => {
    const page = await signedIn();
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/conversations`);
    const choices = page.locator('details.notification-choices');
    await choices.locator('summary', { hasText: 'Mail me about this bot' }).click();
    const waitingBox = choices.getByRole('checkbox', { name: 'Visitors waiting for a person' });
    const newBox = choices.getByRole('checkbox', { name: 'New conversations' });
    const saved = async () =>
      (await db.doc(`${paths.notificationPrefs(team.tenantId)}/${team.owner.uid}`).get()).get(`bots.${team.botId}`);
    const none = {
      conversationCreated: false,
      handoffRequested: false,
      bookingCreated: false,
      bookingCancelled: false,
    };

    await waitingBox.check();
    await expect.poll(saved).toEqual({ ...none, handoffRequested: true });
    await newBox.check();
    await expect.poll(saved).toEqual({ ...none, handoffRequested: true, conversationCreated: true });
    await waitingBox.uncheck();
    await expect.poll(saved).toEqual({ ...none, conversationCreated: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Opened again, the console shows what was saved.
    await page.reload();
    await choices.locator('summary').click();
    await expect.poll(() => newBox.isChecked()).toBe(true);
    expect(await waitingBox.isChecked()).toBe(false);
  });

  it('adds a webhook endpoint, shows its secret, and logs a signed test delivery as sent', async () => {
    const page = await signedIn();
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/webhooks`);
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByText('No endpoints yet.').waitFor();
    const url = `${receiver.url}/console-hooks`;
    await page.getByLabel('URL (https)').fill(url);
    await page.getByLabel('Description (optional)').fill('CRM');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const endpoint = page.getByTestId('webhook-endpoint').filter({ hasText: url });
    await endpoint.waitFor();

    await endpoint.getByRole('button', { name: 'Show' }).click();
    const secret = await endpoint.locator('code').innerText();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    const stored = await db.collection(paths.webhooks(team.tenantId)).get();
    expect(stored.docs.map((doc) => (doc.data() as WebhookEndpoint).secret)).toEqual([secret]);

    await endpoint.getByRole('button', { name: 'Send test event' }).click();
    await page.getByText('Test event queued; see the log below.').waitFor();
    const row = page.getByTestId('webhook-log').locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    await expect
      .poll(async () => (await row.locator('td').allInnerTexts()).slice(1))
      .toEqual(['ping', url, 'SENT', '1', 'HTTP 200']);
    await saveScreenshot(page, 'console-webhooks-1280');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The receiver got it once, signed with the secret the console showed.
    const received = receiver.received.filter((hook) => hook.path === '/console-hooks');
    expect(received).toHaveLength(1);
    const [hook] = received;
    const { t, v1 } = Object.fromEntries(
      String(hook?.headers['frontdesk-signature'])
        .split(',')
        .map((part) => part.split('=')),
    ) as { t: string; v1: string };
    expect(createHmac('sha256', secret).update(`${t}.${hook?.body}`).digest('hex')).toBe(v1);
    expect(JSON.parse(hook?.body ?? '{}').type).toBe('ping');
  });
});
