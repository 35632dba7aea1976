import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_BOT_ID, seedDemo } from '../../dev/src/seed/seedDemo.ts';
import { startBotSite } from '../support/botSite.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';

let browser: Browser;
let site: Awaited<ReturnType<typeof startBotSite>>;

beforeAll(async () => {
  await seedDemo(db);
  site = await startBotSite(DEMO_BOT_ID);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('widget on the demo page', () => {
  it('shows the reply streaming in, then the final text', async () => {
    const marker = uniqueId('browser');
    const tokens = Array.from({ length: 40 }, (_, index) => `word${index} `);
    await fakeModel.script({ match: marker, chunks: tokens, delayMs: 20, holdAfterChunks: 10 });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });

    await page.goto(site.url);
    await page.getByRole('button', { name: 'Open chat' }).click();
    await page.getByRole('dialog', { name: 'Demo Dental' }).waitFor();
    await page.getByRole('textbox', { name: 'Message' }).fill(`${marker} hello`);
    await page.getByRole('button', { name: 'Send' }).click();

    const reply = page.locator('[data-testid="message"][data-role="assistant"]').last();
    // Held after ten tokens: the reply shows them, still streaming.
    await reply.and(page.locator('[data-status="streaming"]')).filter({ hasText: 'word9' }).waitFor();
    const partial = await reply.innerText();
    await saveScreenshot(page, 'widget-chat-streaming');
    await fakeModel.release(marker);

    await reply.and(page.locator('[data-status="done"]')).waitFor();
    const final = await reply.innerText();
    await saveScreenshot(page, 'widget-chat-done');

    const fullText = tokens.join('').trim();
    expect(final.trim()).toBe(fullText);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(fullText.length);
    expect(fullText.startsWith(partial.trim())).toBe(true);
    expect(await page.locator('[data-testid="message"][data-role="visitor"]').last().innerText()).toBe(
      `${marker} hello`,
    );
  });
});
