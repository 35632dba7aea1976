import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { startBotSite } from '../support/botSite.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';

let browser: Browser;
let team: ConsoleTenant;
let site: Awaited<ReturnType<typeof startBotSite>>;

beforeAll(async () => {
  team = await seedConsoleTenant();
  site = await startBotSite(team.botId);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('console: conversations live', () => {
  it('streams a reply as the visitor sees it, then takes over, replies as a human and hands back', async () => {
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/conversations`);
    await page.getByRole('heading', { name: 'Conversations', level: 1 }).waitFor();

    // A visitor writes on the site; the fake model answers token by token and holds after ten, until released.
    const marker = uniqueId('live');
    const tokens = Array.from({ length: 40 }, (_, index) => `part${index} `);
    await fakeModel.script({ match: marker, chunks: tokens, delayMs: 20, holdAfterChunks: 10 });
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(site.url);
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    await visitor.getByRole('textbox', { name: 'Message' }).fill(`${marker} do you have parking?`);
    await visitor.getByRole('button', { name: 'Send' }).click();

    // The new conversation appears at the top of the live list, marked unread.
    const item = page.getByTestId('conversation-item').first();
    await item
      .filter({ hasText: marker })
      .or(item.filter({ hasText: 'part' }))
      .waitFor();
    await item.click();

    // The transcript grows while the model writes: a partial text first, the whole text at the end.
    const reply = page.locator('[data-testid="transcript-message"][data-role="assistant"]').last();
    await reply.and(page.locator('[data-status="streaming"]')).filter({ hasText: 'part9' }).waitFor();
    const partial = await reply.locator('.message-body').innerText();
    await saveScreenshot(page, 'console-conversation-streaming-1280');
    await fakeModel.release(marker);
    await reply.and(page.locator('[data-status="done"]')).waitFor();
    const full = tokens.join('').trim();
    expect(full.startsWith(partial.trim())).toBe(true);
    expect(partial.trim().length).toBeLessThan(full.length);
    expect((await reply.locator('.message-body').innerText()).trim()).toBe(full);
    // Which model wrote it and what it used is the team's to see (the reply's meta, which visitors cannot read).
    await reply.getByTestId('reply-meta').filter({ hasText: 'frontdesk-offline-demo ·' }).waitFor();
    await expect.poll(() => page.getByTestId('conversation-item').first().getAttribute('data-unread')).toBe('false');

    // Take over, answer as a human: the visitor is told the team answers now, and sees the answer.
    expect(await visitor.getByTestId('team-notice').count()).toBe(0);
    await page.getByRole('button', { name: 'Take over' }).click();
    await expect.poll(() => page.getByTestId('conversation-status').innerText()).toBe('Human answering');
    await visitor.getByRole('status').filter({ hasText: 'You are now chatting with our team.' }).waitFor();
    await page.getByRole('textbox', { name: 'Your reply' }).fill('Yes, two free spaces behind the building.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('[data-testid="transcript-message"][data-role="agent"]').waitFor();
    await visitor
      .locator('[data-testid="message"][data-role="agent"]')
      .filter({ hasText: 'two free spaces behind the building' })
      .waitFor();
    await saveScreenshot(page, 'console-conversation-human-1280');
    await saveScreenshot(visitor, 'console-visitor-sees-agent-reply');

    const axeFindings = await seriousAxeViolations(page);
    expect(axeFindings).toEqual([]);

    // Hand back to the AI.
    await page.getByRole('button', { name: 'Hand back to the AI' }).click();
    await expect.poll(() => page.getByTestId('conversation-status').innerText()).toBe('AI answering');
    await visitor.getByTestId('team-notice').waitFor({ state: 'detached' });

    // Export the conversation as JSON (a visitor's access request).
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as {
      messages: Array<{ role: string; text: string; model?: string; authorUid?: string }>;
    };
    expect(exported.messages.map((message) => message.role)).toEqual(['visitor', 'assistant', 'agent']);
    // The export keeps what only the team sees: the reply's model, the agent message's author.
    expect(exported.messages[1]).toMatchObject({ model: 'frontdesk-offline-demo' });
    expect(exported.messages[2]).toMatchObject({ authorUid: team.owner.uid });

    // The narrow layout shows the transcript alone, with a way back to the list.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'All conversations' }).waitFor();
    await saveScreenshot(page, 'console-conversation-390');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Delete it (an erasure request): it leaves the list and Firestore.
    await page.setViewportSize({ width: 1280, height: 860 });
    const conversationId = decodeURIComponent(new URL(page.url()).hash.split('/')[6] ?? '');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Delete conversation' }).click();
    await page.getByText('Choose a conversation to read it.').waitFor();
    await expect
      .poll(async () => (await db.doc(`bots/${team.botId}/conversations/${conversationId}`).get()).exists)
      .toBe(false);
    await visitor.close();
    await page.close();
  });
});
