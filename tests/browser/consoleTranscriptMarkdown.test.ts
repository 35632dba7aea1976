import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { startBotSite } from '../support/botSite.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
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

const reply = [
  '**Offline demo model.** Our hours:',
  '',
  '| Day | Hours | Note |',
  '| :-- | :---: | ---: |',
  '| Monday to Friday | 9:00–18:00 | busiest at lunchtime, please book ahead |',
  '| Saturday | 10:00–14:00 | brunch only |',
  '',
  '| Week | Mon | Tue | Wed | Thu | Fri | Sat |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| Opens | 9:00 | 9:00 | 9:00 | 9:00 | 9:00 | 10:00 |',
  '',
  '- [x] Book a table',
  '  - ~~by fax~~ by phone',
  '',
  '> Bring your ID <img src=x onerror="window.__pwned=1">',
  '',
  '```',
  "book({ day: 'Saturday', time: '10:00', guests: 4, note: 'window seat please, and a high chair' });",
  '```',
].join('\n');

describe('console: a transcript shows replies as the widget does', () => {
  it('renders the Markdown of a reply: table, task list, strikethrough, quote and code, inert, at desktop and phone width', async () => {
    const marker = uniqueId('transcript');
    await fakeModel.script({ match: marker, text: reply });
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(site.url);
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    await visitor.getByRole('textbox', { name: 'Message' }).fill(`${marker} opening hours?`);
    await visitor.getByRole('button', { name: 'Send' }).click();

    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/conversations`);
    const item = page.getByTestId('conversation-item').filter({ hasText: 'Offline demo model. Our hours' });
    await item.waitFor();
    // The list's preview is plain text: no asterisks, no pipes.
    expect(await item.innerText()).not.toMatch(/\*\*|\|/);
    await item.click();

    const message = page
      .locator('[data-testid="transcript-message"][data-role="assistant"][data-status="done"]')
      .last();
    await message.waitFor();
    const body = message.locator('.message-body');
    expect(await body.locator('strong').first().innerText()).toBe('Offline demo model.');
    expect(await body.locator('table').first().locator('th').allInnerTexts()).toEqual(['Day', 'Hours', 'Note']);
    expect(await body.getByRole('checkbox').isDisabled()).toBe(true);
    expect(await body.locator('del').innerText()).toBe('by fax');
    expect(await body.locator('blockquote').innerText()).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await body.locator('img, [onerror]').count()).toBe(0);
    expect(await body.innerText()).not.toMatch(/\*\*|~~|```/);
    const visitorText = page.locator('[data-testid="transcript-message"][data-role="visitor"] .message-body');
    expect(await visitorText.innerText()).toBe(`${marker} opening hours?`);
    await message.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'console-transcript-markdown-1280');
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'All conversations' }).waitFor();
    await message.locator('table').first().scrollIntoViewIfNeeded();
    // A wide table and code scroll sideways inside the message; the page itself does not.
    expect(
      await body
        .locator('.md-scroll')
        .last()
        .evaluate((box) => box.scrollWidth > box.clientWidth),
    ).toBe(true);
    expect(await body.locator('pre').evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await saveScreenshot(page, 'console-transcript-markdown-390');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await visitor.close();
    await page.close();
  });
});
