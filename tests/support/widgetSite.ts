import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ExtraPage, startDemoSite } from '../../dev/src/demoSite/startDemoSite.ts';
import { localConfig, urls } from '../../dev/src/localConfig.ts';
import { DEMO_BOT_ID, seedDemo } from '../../dev/src/seed/seedDemo.ts';
import { launchChromium } from './browser.ts';
import { db } from './db.ts';

export const widgetUrl = `${urls.hosting}/frontdesk.js`;

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** The demo site on a free port, for one test file. */
export function startTestSite(extraPages: Record<string, ExtraPage> = {}) {
  return startDemoSite({ host: localConfig.host, port: 0, widgetUrl, botId: DEMO_BOT_ID, extraPages });
}

/**
 * A test file's site and browser: seeds the demo bot (unless told not to), starts the test site with any extra
 * pages and Chromium before the file's tests, and stops both after them. Read `browser` and `site` in tests.
 */
export function useTestSite(extraPages: Record<string, ExtraPage> = {}, options = { seedDemo: true }) {
  const env = {} as { browser: Browser; site: Awaited<ReturnType<typeof startTestSite>> };
  beforeAll(async () => {
    if (options.seedDemo) await seedDemo(db);
    env.site = await startTestSite(extraPages);
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** A plain page with the widget's script tag, with any attributes and extra markup. */
export function pageWithWidget(options: { attributes?: string; head?: string; body?: string; lang?: string } = {}) {
  return {
    body: `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Test page</title>${options.head ?? ''}</head>
<body>${options.body ?? '<main><h1>Test page</h1><p>Content.</p></main>'}
<script src="${widgetUrl}" ${options.attributes ?? `data-bot="${DEMO_BOT_ID}"`} defer></script></body></html>`,
  };
}

/** A fresh visitor (own storage, so a new anonymous user) on a page. */
export async function visit(
  browser: Browser,
  url: string,
  options: { viewport?: { width: number; height: number }; timezoneId?: string; context?: BrowserContext } = {},
): Promise<Page> {
  const context =
    options.context ??
    (await browser.newContext({
      viewport: options.viewport ?? viewports.desktop,
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      hasTouch: options.viewport === viewports.phone,
      isMobile: options.viewport === viewports.phone,
    }));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Opens the chat from the launcher and waits for the panel. */
export async function openChat(page: Page, launcherName = 'Open chat'): Promise<void> {
  await page.getByRole('button', { name: launcherName }).click();
  await page.getByTestId('panel').waitFor();
}

/** Types a message and sends it with the Send button. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

/** The last reply bubble of the assistant (or of a team member). */
export function lastReply(page: Page, role: 'assistant' | 'agent' = 'assistant') {
  return page.locator(`[data-testid="message"][data-role="${role}"]`).last();
}

/** Waits until the last reply shows the given status (`done` once its text is fully revealed). */
export async function waitForReply(page: Page, status: 'streaming' | 'done' | 'error' = 'done') {
  const reply = lastReply(page);
  await reply.and(page.locator(`[data-status="${status}"]`)).waitFor();
  return reply;
}
