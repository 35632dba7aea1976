import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';
import { DEMO_BOT_ID, seedDemo } from '../../dev/src/seed/seedDemo.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { signInToConsole } from '../support/consoleSession.ts';
import { seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';

/**
 * `/preview.html` is on the console's domain. It shows the real widget with unsaved values, so it must only
 * ever do that inside the console's own frame: opened on its own, any title and welcome text in its address
 * would be a page on the console's domain saying whatever a phisher wants.
 */

let browser: Browser;

beforeAll(async () => {
  await seedDemo(db);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const phishing = new URLSearchParams({
  bot: DEMO_BOT_ID,
  title: 'Frontdesk security check',
  'welcome-message': 'Your account is locked. Reply with your password to unlock it.',
  open: '1',
}).toString();

/** Whether the widget was started in a page or frame: its script added, its element attached. */
const widgetStarted = async (target: Page | Frame) =>
  (await target.locator('script[src="/frontdesk.js"]').count()) + (await target.locator('frontdesk-widget').count()) >
  0;

describe('the widget preview page', () => {
  it('shows nothing when opened on its own, whatever its address says', async () => {
    const page = await browser.newPage();
    await page.goto(`${urls.hosting}/preview.html?${phishing}`, { waitUntil: 'networkidle' });
    expect(await widgetStarted(page)).toBe(false);
    expect(await page.getByText('Frontdesk security check').count()).toBe(0);
    await saveScreenshot(page, 'preview-opened-directly');
    await page.close();
  });

  it('shows nothing in a frame of a console page that passes it no bot, whatever its address says', async () => {
    const page = await browser.newPage();
    await page.goto(`${urls.hosting}/`, { waitUntil: 'networkidle' });
    await page.evaluate(async (query) => {
      const frame = document.createElement('iframe');
      frame.src = `/preview.html?${query}`;
      await new Promise((resolve) => {
        frame.addEventListener('load', resolve, { once: true });
        document.body.append(frame);
      });
    }, phishing);
    const frame = page.frames().find((candidate) => candidate.url().includes('/preview.html')) as Frame;
    expect(frame).toBeDefined();
    expect(await widgetStarted(frame)).toBe(false);
    await page.close();
  });

  it("shows a member's unsaved title in the console's live preview of their bot", async () => {
    const tenant = await seedConsoleTenant({
      bot: { name: 'Preview desk', timezone: 'Europe/Berlin', takesAppointments: false },
    });
    const page = await signInToConsole(browser, tenant.owner.email);
    await page.goto(`${urls.hosting}/#/t/${tenant.tenantId}/b/${tenant.botId}/settings`);
    await page.getByRole('heading', { name: 'Bot settings: Preview desk' }).waitFor();
    await page.getByRole('textbox', { name: 'Chat title', exact: true }).fill('Harbour desk, unsaved');
    const preview = page.frameLocator('[data-testid="widget-preview"]');
    await preview.getByRole('dialog', { name: 'Harbour desk, unsaved' }).waitFor();
    await saveScreenshot(page, 'preview-unsaved-title');
    await page.close();
  });
});
