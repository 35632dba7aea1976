import { paths } from '@frontdesk/contract';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_BOT_ID } from '../../dev/src/seed/seedDemo.ts';
import { saveScreenshot } from '../support/browser.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { seedBot } from '../support/seedBot.ts';
import { uniqueId } from '../support/uniqueId.ts';
import {
  lastReply,
  openChat,
  pageWithWidget,
  sendMessage,
  useTestSite,
  viewports,
  visit,
  waitForReply,
  widgetUrl,
} from '../support/widgetSite.ts';

const env = useTestSite();

/** Resolves after two animation frames, when anything the widget schedules for the next frame has run. */
function afterNextFrames(page: Page) {
  return page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** Every URL the page requests from now on. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(request.url()));
  return seen;
}

describe('loading', () => {
  it('shows the launcher from the small loader and loads the chat bundle only on intent', async () => {
    const context = await env.browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.goto(env.site.url);
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    await page.waitForTimeout(1_500); // time for anything the page would load eagerly
    await saveScreenshot(page, 'widget-launcher-desktop');

    expect(requests.some((url) => url.endsWith('/frontdesk.js'))).toBe(true);
    expect(requests.filter((url) => /frontdesk-(chat|shared)-/.test(url))).toEqual([]);
    expect(requests.filter((url) => url.includes('identitytoolkit') || url.includes('/Listen/'))).toEqual([]);

    const chatLoaded = page.waitForRequest(/frontdesk-chat-/);
    await launcher.hover();
    await chatLoaded;
    await launcher.click();
    await page.getByRole('dialog', { name: 'Demo Dental' }).waitFor();
    expect(requests.some((url) => url.includes('BookingCard'))).toBe(false);
    await context.close();
  });

  it('loads the chat bundle at idle when the site opts in with data-preload="idle"', async () => {
    const url = env.site.setPage(
      '/preload',
      pageWithWidget({ attributes: `data-bot="${DEMO_BOT_ID}" data-preload="idle"` }),
    );
    const context = await env.browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    const chatLoaded = page.waitForRequest(/frontdesk-chat-/);
    await page.goto(url);
    await chatLoaded;
    await context.close();
  });

  it('shows nothing, with one console warning, for a missing, inactive, suspended or unreviewed bot', async () => {
    const inactive = await seedBot({ active: false });
    const suspended = await seedBot();
    await db.doc(paths.bot(suspended)).update({ suspended: true });
    const unreviewed = await seedBot();
    await db.doc(paths.bot(unreviewed)).update({ review: 'pending' });
    for (const [botId, expected] of [
      [uniqueId('no-such-bot'), /there is no bot/],
      [inactive, /switched off/],
      [suspended, /suspended/],
      [unreviewed, /waiting for review/],
    ] as const) {
      const url = env.site.setPage(`/hidden-${botId}`, pageWithWidget({ attributes: `data-bot="${botId}"` }));
      const context = await env.browser.newContext();
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' && message.text().startsWith('Frontdesk')) warnings.push(message.text());
      });
      await page.goto(url);
      await expect.poll(() => warnings.length).toBe(1);
      await page.waitForTimeout(500);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(expected);
      expect(await page.locator('frontdesk-widget').count()).toBe(0);
      await context.close();
    }
  });
});

describe('allowed origins', () => {
  it('shows nothing on a site the bot does not allow, with one warning naming the origin, and shows on one it allows', async () => {
    const siteOrigin = new URL(env.site.url).origin;
    const elsewhere = await seedBot({ settings: { allowedOrigins: ['https://shop.example.com'] } });
    const here = await seedBot({ settings: { allowedOrigins: ['https://shop.example.com', siteOrigin] } });
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('Frontdesk')) warnings.push(message.text());
    });
    await page.goto(
      env.site.setPage(`/elsewhere-${elsewhere}`, pageWithWidget({ attributes: `data-bot="${elsewhere}"` })),
    );
    await expect.poll(() => warnings.length).toBe(1);
    await page.waitForTimeout(500);
    expect(warnings).toEqual([expect.stringContaining(`is not allowed on ${siteOrigin}`)]);
    expect(await page.locator('frontdesk-widget').count()).toBe(0);

    await page.goto(env.site.setPage(`/here-${here}`, pageWithWidget({ attributes: `data-bot="${here}"` })));
    await page.getByRole('button', { name: 'Open chat' }).waitFor();
    expect(warnings).toHaveLength(1);
    await context.close();
  });
});

describe('appearance', () => {
  it("takes the bot's look from its public document", async () => {
    const botId = await seedBot();
    await db.doc(paths.bot(botId)).update({
      appearance: {
        title: 'Bakery Sonnenschein',
        welcomeMessage: 'Hallo! Was dürfen wir für Sie backen?',
        placeholder: 'Ihre Frage…',
        launcherEmoji: '🥐',
        accentColor: '#b45309',
        accentHoverColor: '#92400e',
        visitorBubbleColor: '#fde68a',
        visitorTextColor: '#1f2937',
        botBubbleColor: '#ecfccb',
        botTextColor: '#14532d',
        fontFamily: 'Georgia, serif',
        position: 'bottom-center',
        locale: 'de',
      },
    });
    const url = env.site.setPage(`/look-${botId}`, pageWithWidget({ attributes: `data-bot="${botId}"` }));
    const page = await visit(env.browser, url);
    const launcher = page.getByRole('button', { name: 'Chat öffnen' });
    await launcher.waitFor();
    const box = await launcher.boundingBox();
    expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - viewports.desktop.width / 2)).toBeLessThan(2);
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(180, 83, 9)');

    await openChat(page, 'Chat öffnen');
    await expect.poll(() => page.getByRole('heading', { name: 'Bakery Sonnenschein' }).count()).toBe(1);
    const welcome = page.getByTestId('welcome');
    expect(await welcome.innerText()).toBe('Hallo! Was dürfen wir für Sie backen?');
    const style = await welcome.evaluate((el) => {
      const css = getComputedStyle(el);
      return { background: css.backgroundColor, color: css.color, font: css.fontFamily };
    });
    expect(style).toEqual({ background: 'rgb(236, 252, 203)', color: 'rgb(20, 83, 45)', font: 'Georgia, serif' });
    expect(await page.getByRole('textbox', { name: 'Nachricht' }).getAttribute('placeholder')).toBe('Ihre Frage…');
    await page.getByRole('textbox', { name: 'Nachricht' }).fill('Haben Sie Brezeln?');
    await page.getByRole('button', { name: 'Senden' }).click();
    await waitForReply(page);
    await saveScreenshot(page, 'widget-appearance-from-bot');
    await page.context().close();
  });

  it('gives a returning visitor the remembered launcher at once, and updates that same button in place', async () => {
    const botId = await seedBot();
    const url = env.site.setPage(`/return-${botId}`, pageWithWidget({ attributes: `data-bot="${botId}"` }));
    const page = await visit(env.browser, url);
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    const icon = launcher.locator('.icon-open');
    const firstIcon = await icon.innerText();

    // The business changes its emoji; the visitor comes back while the fresh config is still on its way.
    await db.doc(paths.bot(botId)).update({ 'appearance.launcherEmoji': '🥨' });
    let releaseConfig = () => {};
    const configHeld = new Promise<void>((resolve) => {
      releaseConfig = resolve;
    });
    await page.route(/\/documents\/bots\//, async (route) => {
      await configHeld;
      await route.continue();
    });
    await page.reload();
    await launcher.waitFor();
    expect(await icon.innerText()).toBe(firstIcon);
    await launcher.focus();
    await launcher.evaluate((button) => {
      button.dataset.seenBefore = 'yes';
    });

    releaseConfig();
    await expect.poll(() => icon.innerText()).toBe('🥨');
    expect(await launcher.getAttribute('data-seen-before')).toBe('yes');
    expect(
      await launcher.evaluate((button) => button.getRootNode() instanceof ShadowRoot && button.matches(':focus')),
    ).toBe(true);
    await page.context().close();
  });

  it('lets data-* attributes override the look for quick trials', async () => {
    const url = env.site.setPage(
      '/overrides',
      pageWithWidget({
        attributes: `data-bot="${DEMO_BOT_ID}" data-accent-color="#7c3aed" data-title="Trial title" data-position="bottom-left" data-locale="de" data-welcome-message="Probieren Sie es aus."`,
      }),
    );
    const page = await visit(env.browser, url);
    const launcher = page.getByRole('button', { name: 'Chat öffnen' });
    await launcher.waitFor();
    expect((await launcher.boundingBox())?.x).toBeLessThan(40);
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(124, 58, 237)');
    await openChat(page, 'Chat öffnen');
    await page.getByRole('heading', { name: 'Trial title' }).waitFor();
    expect(await page.getByTestId('welcome').innerText()).toBe('Probieren Sie es aus.');
    await saveScreenshot(page, 'widget-appearance-overrides');
    await page.context().close();
  });
});

describe('JavaScript API', () => {
  it('opens, closes and toggles the widget and reports typed events', async () => {
    const marker = uniqueId('api');
    await fakeModel.script({ match: marker, text: 'Hello from the API test.' });
    const page = await visit(env.browser, env.site.url);
    await page.getByRole('button', { name: 'Open chat' }).waitFor();
    await page.evaluate(() => {
      const w = window as unknown as {
        events: string[];
        Frontdesk: import('../../widget/src/shared/widgetEvents.ts').FrontdeskApi;
      };
      w.events = [];
      w.Frontdesk.on('open', () => w.events.push('open'));
      w.Frontdesk.on('close', () => w.events.push('close'));
      w.Frontdesk.on('message', (message) => w.events.push(`message:${message.role}:${message.text}`));
      w.Frontdesk.open();
    });
    await page.getByTestId('panel').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('FRONTDESK-WIDGET');
    await sendMessage(page, `${marker} hi`);
    await waitForReply(page);
    expect(await lastReply(page).innerText()).toBe('Hello from the API test.');
    await page.evaluate(() => (window as unknown as { Frontdesk: { close(): void } }).Frontdesk.close());
    await page.getByTestId('panel').waitFor({ state: 'hidden' });
    await page.evaluate(() => (window as unknown as { Frontdesk: { toggle(): void } }).Frontdesk.toggle());
    await page.getByTestId('panel').waitFor();
    const events = await page.evaluate(() => (window as unknown as { events: string[] }).events);
    expect(events).toEqual([
      'open',
      `message:visitor:${marker} hi`,
      'message:assistant:Hello from the API test.',
      'close',
      'open',
    ]);
    await page.context().close();
  });

  it('opens without taking the focus when the page asks so, and when it restores the panel after a reload', async () => {
    const url = env.site.setPage(
      '/focus',
      pageWithWidget({ body: '<main><h1>Form</h1><label>Your note <input id="note"></label></main>' }),
    );
    const page = await visit(env.browser, url);
    await page.getByRole('button', { name: 'Open chat' }).waitFor();
    const note = page.getByLabel('Your note');
    await note.pressSequentially('abc');
    await page.evaluate(() =>
      (
        window as unknown as { Frontdesk: import('../../widget/src/shared/widgetEvents.ts').FrontdeskApi }
      ).Frontdesk.open({ focus: false }),
    );
    await page.getByTestId('panel').waitFor();
    await afterNextFrames(page);
    await page.keyboard.type('def');
    expect(await note.inputValue()).toBe('abcdef');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');

    await page.reload();
    await page.getByTestId('panel').waitFor();
    await afterNextFrames(page);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.context().close();
  });

  it('gives one widget when the script is loaded twice', async () => {
    const url = env.site.setPage(
      '/twice',
      pageWithWidget({
        body: `<main><h1>Twice</h1></main><script src="${widgetUrl}" data-bot="${DEMO_BOT_ID}" defer></script>`,
      }),
    );
    const page = await visit(env.browser, url);
    await page.getByRole('button', { name: 'Open chat' }).waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.locator('frontdesk-widget').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Open chat' }).count()).toBe(1);
    await page.context().close();
  });

  it('survives a single-page app replacing the page body, keeping its state', async () => {
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    await page.getByRole('textbox', { name: 'Message' }).fill('draft kept');
    await page.evaluate(() => {
      document.body.innerHTML = '<main><h1>Another route</h1></main>';
    });
    await page.getByRole('heading', { name: 'Another route' }).waitFor();
    await page.getByTestId('panel').waitFor();
    expect(await page.getByRole('textbox', { name: 'Message' }).inputValue()).toBe('draft kept');
    await page.evaluate(() => document.body.replaceWith(document.createElement('body')));
    await page.getByTestId('panel').waitFor();
    expect(await page.locator('frontdesk-widget').count()).toBe(1);
    await page.context().close();
  });
});
