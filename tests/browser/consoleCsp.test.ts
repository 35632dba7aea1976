import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { urls } from '../../dev/src/localConfig.ts';
import { DEMO_BOT_ID, seedDemo } from '../../dev/src/seed/seedDemo.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { db } from '../support/db.ts';

/**
 * The console's Content-Security-Policy (firebase.json) must not break what the console needs: its own
 * bundle, Firebase Auth and Firestore, and the real widget in the preview, all under the Hosting emulator.
 */

let browser: Browser;

beforeAll(async () => {
  await seedDemo(db);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A page that records every CSP violation; the listener is installed before any page script runs. */
async function pageRecordingViolations(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    page,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

describe('console under its Content-Security-Policy', () => {
  it('loads the console without a single violation', async () => {
    const { page, violations } = await pageRecordingViolations();
    const response = await page.goto(`${urls.hosting}/`, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await saveScreenshot(page, 'console-under-csp');
    expect(await violations()).toEqual([]);
  });

  it('runs the real widget on a console page: script, chunks, styles and Firestore all allowed', async () => {
    const { page, violations } = await pageRecordingViolations();
    await page.goto(`${urls.hosting}/`, { waitUntil: 'networkidle' });
    await page.evaluate((botId) => {
      const script = document.createElement('script');
      script.src = '/frontdesk.js';
      script.dataset.bot = botId;
      document.body.append(script);
    }, DEMO_BOT_ID);
    await page.getByRole('button', { name: 'Open chat' }).click();
    // The title comes from the bot document: it shows only once Firestore answered through connect-src.
    await page.getByRole('dialog', { name: 'Demo Dental' }).waitFor();
    await saveScreenshot(page, 'widget-under-console-csp');
    expect(await violations()).toEqual([]);
  });
});
