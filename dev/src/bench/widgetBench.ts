/**
 * Speed a visitor feels, measured in Chromium against the emulators: `npm run bench:widget` (builds the widget
 * and functions for the emulators, starts them with the fake model, which answers at once). Prints numbers;
 * asserts nothing. Per CPU throttling rate (×1, and ×4 for a mid-range phone) and kind of visitor (fresh: a new
 * browser profile each run; returning: one profile reused, so its sign-in, cached bot and conversation stay),
 * the median and p95 over BENCH_RUNS runs (default 7) of:
 * - page load → launcher visible: from the navigation's start to the first frame that shows the launcher;
 * - click → panel with usable input: the pointer rests on the launcher first (HOVER_MS), as a visitor's does,
 *   then clicks; to the first frame with the panel and its message field shown;
 * - send first question → first reply words visible: from the click on Send to the first frame with reply
 *   text under the question (the typing dots do not count);
 * - send second question → first reply words visible: the same for the next question, once the first reply
 *   is complete.
 * Times are taken in the page (event timestamps and animation frames), so the driver's own latency does not
 * count. The machine is shared: compare builds in one sitting, one after the other.
 */
import type { BotSettings } from '@frontdesk/contract';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../tests/support/browser.ts';
import { fakeModel } from '../../../tests/support/fakeModel.ts';
import { seedBot } from '../../../tests/support/seedBot.ts';
import { pageWithWidget, viewports } from '../../../tests/support/widgetSite.ts';
import { startDemoSite } from '../demoSite/startDemoSite.ts';
import { localConfig } from '../localConfig.ts';
import { percentile } from './percentile.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** `BENCH_RATES=1` and `BENCH_VISITORS=fresh` measure one row of the table, e.g. while trying a change. */
const rates = (process.env.BENCH_RATES ?? '1,4').split(',').map(Number);
const visitors = (process.env.BENCH_VISITORS ?? 'fresh,returning').split(',') as Array<'fresh' | 'returning'>;
/** How long the pointer rests on the launcher before the click. */
const HOVER_MS = 250;
/** A visitor reads the page a moment before reaching for the chat. */
const READ_MS = 500;

const generousLimits: BotSettings['limits'] = {
  visitorPerMinute: 1_000,
  visitorPerDay: 100_000,
  ipPerMinute: 10_000,
  ipPerDay: 1_000_000,
  botPerMinute: 100_000,
};

/**
 * Runs in the page before anything else: notes clicks and, each animation frame, what is on screen. Plain
 * text, as the compiled form of a function here would carry helpers the page does not have.
 */
const probe = `(() => {
  const marks = { clicks: [], words: {}, replies: {}, timeOrigin: performance.timeOrigin };
  window.__bench = marks;
  addEventListener('click', (event) => marks.clicks.push(event.timeStamp), true);
  const shown = (element) => !!element && element.checkVisibility();
  const frame = () => {
    const root = document.querySelector('frontdesk-widget')?.shadowRoot;
    if (root) {
      if (marks.launcher === undefined && shown(root.querySelector('button.launcher'))) marks.launcher = performance.now();
      const panel = root.querySelector('[data-testid="panel"]');
      if (marks.panel === undefined && shown(panel) && shown(panel.querySelector('textarea'))) marks.panel = performance.now();
      const question = marks.question;
      if (question && marks.words[question] === undefined) {
        for (const bubble of root.querySelectorAll('[data-testid="message"][data-role="visitor"]')) {
          if (bubble.textContent.trim() !== question) continue;
          const reply = bubble.closest('.row')?.nextElementSibling?.querySelector('[data-role="assistant"]');
          if (reply && marks.replies[question] === undefined) marks.replies[question] = performance.now();
          if (reply?.querySelector('.markdown')?.textContent.trim()) marks.words[question] = performance.now();
        }
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** What the probe saw, in ms since the navigation started (`performance.now()`). */
interface Marks {
  launcher?: number;
  panel?: number;
  clicks: number[];
  question?: string;
  /** When the reply under a question first showed (typing dots), and its first words. */
  replies: Record<string, number>;
  words: Record<string, number>;
  timeOrigin: number;
}
const marksOf = (page: Page) => page.evaluate(() => (window as unknown as { __bench: Marks }).__bench);
async function waitForMark(page: Page, has: (marks: Marks) => boolean): Promise<Marks> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const marks = await marksOf(page);
    if (has(marks)) return marks;
    if (Date.now() > deadline) {
      const shown = await page.evaluate(() => document.querySelector('frontdesk-widget')?.shadowRoot?.textContent);
      throw new Error(`The widget did not get there in 60 s; it shows: ${shown}`);
    }
    await page.waitForTimeout(20);
  }
}

type Row = 'launcher' | 'panel' | 'first' | 'second';
/** Where the time of one question goes, in ms: send → model asked → first token sent → first words seen. */
interface Turn {
  words: number;
  toModel: number;
  toToken: number;
  toScreen: number;
  /** Send → the reply's bubble (typing dots) shown. */
  toBubble: number;
}
let questionCount = 0;

/** Sends a question and times its turn, from the click on Send to its reply's first words on screen. */
async function ask(page: Page): Promise<Turn> {
  questionCount += 1;
  const question = `bench question ${questionCount} ${Date.now()}`;
  const field = page.getByRole('textbox', { name: 'Message' });
  await field.fill(question);
  await page.evaluate((text) => {
    (window as unknown as { __bench: Marks }).__bench.question = text;
  }, question);
  const clicksBefore = (await marksOf(page)).clicks.length;
  await page.getByRole('button', { name: 'Send' }).click();
  const marks = await waitForMark(page, (m) => m.words[question] !== undefined);
  const sentAt = marks.clicks[clicksBefore] as number;
  // The next question can go once this reply is complete.
  await page
    .locator('[data-testid="message"][data-role="assistant"]')
    .last()
    .and(page.locator('[data-status="done"]'))
    .waitFor();
  const request = (await fakeModel.requests()).find((recorded) => JSON.stringify(recorded.body).includes(question));
  const epoch = (at: number) => marks.timeOrigin + at;
  const wordsAt = marks.words[question] as number;
  const modelAt = request?.receivedAt ?? Number.NaN;
  const tokenAt = request?.firstChunkSentAt ?? Number.NaN;
  return {
    words: wordsAt - sentAt,
    toModel: modelAt - epoch(sentAt),
    toToken: tokenAt - modelAt,
    toScreen: epoch(wordsAt) - tokenAt,
    toBubble: (marks.replies[question] as number) - sentAt,
  };
}

interface Visit {
  launcher: number;
  panel: number;
  first: Turn;
  second: Turn;
}

async function visitOnce(context: BrowserContext, url: string, rate: number): Promise<Visit> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url);
  const loaded = await waitForMark(page, (m) => m.launcher !== undefined);
  await page.waitForTimeout(READ_MS);
  const launcher = page.getByRole('button', { name: /open chat/i });
  await launcher.hover();
  await page.waitForTimeout(HOVER_MS);
  const clicksBefore = loaded.clicks.length;
  await launcher.click();
  const opened = await waitForMark(page, (m) => m.panel !== undefined && m.clicks.length > clicksBefore);
  const result = {
    launcher: loaded.launcher as number,
    panel: (opened.panel as number) - (opened.clicks[clicksBefore] as number),
    first: await ask(page),
    second: await ask(page),
  };
  await page.close();
  return result;
}

async function measure(
  browser: Browser,
  url: string,
  rate: number,
  visitor: 'fresh' | 'returning',
  runs = RUNS,
  print = true,
) {
  const newContext = async () => {
    const context = await browser.newContext({ viewport: viewports.desktop });
    await context.addInitScript({ content: probe });
    return context;
  };
  const samples: Visit[] = [];
  let returning: BrowserContext | null = null;
  if (visitor === 'returning') {
    returning = await newContext();
    await visitOnce(returning, url, 1); // the earlier visit: signed in, bot cached, a conversation to resume
  }
  for (let run = 0; run < runs; run += 1) {
    const context = returning ?? (await newContext());
    samples.push(await visitOnce(context, url, rate));
    if (!returning) await context.close();
  }
  await returning?.close();
  if (!print) return;
  const rows: Array<[Row, string]> = [
    ['launcher', 'page load → launcher visible'],
    ['panel', 'click → panel with usable input'],
    ['first', 'send first question → first words'],
    ['second', 'send second question → first words'],
  ];
  console.log(`\nCPU ×${rate}, ${visitor} visitor (${runs} runs): median / p95 ms`);
  const line = (label: string, values: number[]) =>
    console.log(
      `  ${label.padEnd(38)} ${String(percentile(values, 50)).padStart(6)} / ${String(percentile(values, 95)).padStart(6)}   [${values.join(', ')}]`,
    );
  for (const [row, label] of rows) {
    line(
      label,
      samples.map((sample) => {
        const value = sample[row];
        return Math.round(typeof value === 'number' ? value : value.words);
      }),
    );
  }
  console.log(
    "  where a question's time goes (medians, ms): send → reply bubble · → model asked · → first token · → words seen",
  );
  for (const row of ['first', 'second'] as const) {
    const median = (step: keyof Turn) =>
      Math.round(
        percentile(
          samples.map((sample) => sample[row][step]),
          50,
        ),
      );
    console.log(
      `    ${row.padEnd(6)} ${median('toBubble')} · ${median('toModel')} · ${median('toToken')} · ${median('toScreen')}`,
    );
  }
}

const botId = await seedBot({ settings: { limits: generousLimits } });
// Every question gets the same short answer at once: 30 words, 10 ms apart.
await fakeModel.reset();
await fakeModel.script({
  match: 'bench question',
  chunks: Array.from({ length: 30 }, (_, i) => `word${i} `),
  firstChunkDelayMs: 0,
  delayMs: 10,
});
const site = await startDemoSite({
  host: localConfig.host,
  port: 0,
  widgetUrl: `http://${localConfig.host}:${localConfig.ports.hosting}/frontdesk.js`,
  botId,
  extraPages: { '/bench': pageWithWidget({ attributes: `data-bot="${botId}"` }) },
});
const browser = await launchChromium();
const url = new URL('/bench', site.url).href;
// One visit first, unmeasured: the emulated functions load on their first call, which a deployed warm
// instance does not (cold starts: see the README's deploy section).
await measure(browser, url, 1, 'fresh', 1, false);
for (const visitor of visitors) {
  for (const rate of rates) await measure(browser, url, rate, visitor);
}
await browser.close();
await site.close();
process.exit(0);
