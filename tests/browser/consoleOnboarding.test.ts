import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';
import { startBotSite } from '../support/botSite.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { db } from '../support/db.ts';
import { freshEmail } from '../support/team.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The launcher's background colour inside the widget's shadow root, wherever the widget is embedded. */
const launcherColor = (frame: { locator: (selector: string) => import('playwright-core').Locator }) =>
  frame
    .locator('frontdesk-widget button[aria-label*="chat" i]')
    .first()
    .evaluate((button) => getComputedStyle(button).backgroundColor);

describe('console: sign-in, onboarding and the bot editor', () => {
  it('signs in by email link, creates a business and bot, and a colour change reaches preview and site', async () => {
    const email = freshEmail('onboard');
    const page = await signInToConsole(browser, email);

    await page.getByRole('heading', { name: 'Set up your front desk' }).waitFor();
    await saveScreenshot(page, 'console-onboarding-1280');
    // One form, three fields, one click: a business and its first bot (the time is printed, not asserted).
    const started = Date.now();
    await page.getByLabel('Business name').fill('Bright Smiles');
    await page.getByLabel('Bot name').fill('Bright Smiles desk');
    await page.getByLabel('Timezone').fill('Europe/Berlin');
    await page.getByRole('button', { name: 'Create business and bot' }).click();
    await page.getByRole('heading', { name: 'Bot settings: Bright Smiles desk' }).waitFor();
    console.info(`onboarding: business and first bot created in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const botId = decodeURIComponent(new URL(page.url()).hash.split('/')[4] ?? '');
    const bot = (await db.doc(`bots/${botId}`).get()).data();
    expect(bot?.name).toBe('Bright Smiles desk');
    expect(bot?.timezone).toBe('Europe/Berlin');

    // The embed snippet names this bot and this install's widget script.
    await expect
      .poll(() => page.getByTestId('embed-snippet').innerText())
      .toBe(`<script src="${urls.hosting}/frontdesk.js" data-bot="${botId}" defer></script>`);

    // The preview is the real widget: its launcher takes the new colour before and after saving.
    const preview = page.frameLocator('[data-testid="widget-preview"]');
    await preview.locator('frontdesk-widget').waitFor({ state: 'attached' });
    await page.getByRole('textbox', { name: 'Accent colour', exact: true }).fill('#c2185b');
    await expect.poll(() => launcherColor(preview)).toBe('rgb(194, 24, 91)');
    await page.getByRole('button', { name: 'Save appearance' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect.poll(async () => (await db.doc(`bots/${botId}`).get()).data()?.appearance.accentColor).toBe('#c2185b');
    await saveScreenshot(page, 'console-bot-editor-1280');

    // A site embedding the bot shows the saved colour without any redeploy.
    const site = await startBotSite(botId);
    try {
      const sitePage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await sitePage.goto(site.url);
      await sitePage.getByRole('button', { name: 'Open chat' }).click();
      await expect.poll(() => launcherColor(sitePage)).toBe('rgb(194, 24, 91)');
      await saveScreenshot(sitePage, 'console-demo-site-new-colour');
      await sitePage.close();
    } finally {
      await site.close();
    }

    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'console-bot-editor-390');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bots' }).waitFor();
    await saveScreenshot(page, 'console-nav-open-390');

    // Sign-out returns to the sign-in screen.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Frontdesk' }).waitFor();
    expect(page.url().startsWith(consoleUrl)).toBe(true);
    await page.close();
  });
});
