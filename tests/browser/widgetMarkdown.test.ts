import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { saveScreenshot } from '../support/browser.ts';
import { fakeModel } from '../support/fakeModel.ts';
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
} from '../support/widgetSite.ts';

const env = useTestSite({ '/plain': pageWithWidget() });

/** The kinds of Markdown GPT-class models write, in two replies so each fits the panel for a screenshot. */
const textReply = [
  '## Opening hours',
  '',
  'We are **open** daily, *gladly* ~~closed Mondays~~ now.',
  'Call ahead: `+49 30 123`.',
  '',
  '1. Bring',
  '   - your ID',
  '     - and a pen',
  '2. Wait for your number',
  '',
  '- [x] Book a table',
  '- [ ] Bring a cake',
  '',
  '> The best bakery in town.',
  '> > a happy customer',
  '',
  '---',
  '',
  'More at https://example.com/hours or [our site](https://example.com).',
].join('\n');

const tableReply = [
  '| Day | Hours | Note |',
  '| :-- | :---: | ---: |',
  '| Monday to Friday | 9:00–18:00 | busiest at lunchtime, please book ahead |',
  '| Saturday | 10:00–14:00 | brunch menu only |',
  '| Sunday | closed | |',
  '',
  '| Week | Mon | Tue | Wed | Thu | Fri | Sat |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| Opens | 9:00 | 9:00 | 9:00 | 9:00 | 9:00 | 10:00 |',
  '',
  '```js',
  "const booking = await frontdesk.book({ day: 'Saturday', time: '10:00', guests: 4, note: 'window seat please' });",
  '```',
].join('\n');

/** Sends a message the fake model answers with `text`, and waits for that reply (not an earlier one) to be done. */
async function askFor(page: Page, text: string): Promise<Locator> {
  const marker = uniqueId('md');
  await fakeModel.script({ match: marker, text });
  const replies = page.locator('[data-testid="message"][data-role="assistant"]');
  const earlier = await replies.count();
  await sendMessage(page, `${marker} tell me`);
  const reply = replies.nth(earlier);
  await reply.and(page.locator('[data-status="done"]')).waitFor();
  return reply;
}

/** The element's box is inside the chat panel's: nothing widens the panel or spills out of it. */
async function expectInsidePanel(page: Page, element: Locator): Promise<void> {
  const [box, panel] = await Promise.all([element.boundingBox(), page.getByTestId('panel').boundingBox()]);
  expect(box && panel).toBeTruthy();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((panel?.x ?? 0) + (panel?.width ?? 0) + 0.5);
  expect(box?.x ?? 0).toBeGreaterThanOrEqual((panel?.x ?? 0) - 0.5);
}

describe('Markdown in replies', () => {
  for (const [name, viewport] of Object.entries(viewports)) {
    it(`renders each construct at ${name} width, tables and code scrolling sideways inside the bubble`, async () => {
      const page = await visit(env.browser, name === 'phone' ? `${env.site.url}plain` : env.site.url, { viewport });
      if (name === 'phone') {
        await page.getByRole('button', { name: 'Open chat' }).tap();
        await page.getByTestId('panel').waitFor();
      } else await openChat(page);

      const text = await askFor(page, textReply);
      expect(await text.locator('h2').innerText()).toBe('Opening hours');
      expect(await text.locator('strong').first().innerText()).toBe('open');
      expect(await text.locator('em').innerText()).toBe('gladly');
      expect(await text.locator('del').innerText()).toBe('closed Mondays');
      expect(await text.locator('ol > li > ul > li > ul > li').innerText()).toBe('and a pen');
      const boxes = text.getByRole('checkbox');
      expect(await boxes.count()).toBe(2);
      expect(
        await boxes.evaluateAll((inputs) =>
          inputs.map((box) => [(box as HTMLInputElement).checked, (box as HTMLInputElement).disabled]),
        ),
      ).toEqual([
        [true, true],
        [false, true],
      ]);
      expect(await text.locator('blockquote blockquote').innerText()).toBe('a happy customer');
      expect(await text.locator('hr').count()).toBe(1);
      expect(await text.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
        'https://example.com/hours',
        'https://example.com/',
      ]);
      expect(await text.innerText()).not.toMatch(/\*\*|~~|^#|\[x\]|^>/m);
      await text.evaluate((bubble) => bubble.scrollIntoView({ block: 'start' }));
      await saveScreenshot(page, `widget-markdown-text-${name}`);

      const table = await askFor(page, tableReply);
      expect(await table.locator('table').first().locator('th').allInnerTexts()).toEqual(['Day', 'Hours', 'Note']);
      expect(
        await table.locator('td').evaluateAll((cells) => cells.slice(0, 3).map((td) => getComputedStyle(td).textAlign)),
      ).toEqual(['left', 'center', 'right']);
      const code = table.locator('pre');
      expect(await code.innerText()).toContain("frontdesk.book({ day: 'Saturday'");
      // A long code line and a table of seven columns scroll sideways inside the bubble; neither widens the panel.
      expect(await code.evaluate((pre) => pre.scrollWidth > pre.clientWidth)).toBe(true);
      const wide = table.locator('.md-scroll').last();
      expect(await wide.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
      await expectInsidePanel(page, wide);
      await expectInsidePanel(page, table);
      await expectInsidePanel(page, code);
      expect(await page.locator('.messages').evaluate((list) => list.scrollWidth <= list.clientWidth)).toBe(true);
      await saveScreenshot(page, `widget-markdown-table-${name}`);

      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('renders a reply as it streams: held in a table and in a code block, it shows them, and the nodes stay when the rest comes', async () => {
    const page = await visit(env.browser, env.site.url);
    await openChat(page);

    const tableMarker = uniqueId('table');
    await fakeModel.script({
      match: tableMarker,
      chunks: [
        'Our opening hours:\n\n',
        '| Day | Hours | Note |\n',
        '| --- | :---: | ---: |\n',
        '| Mon–Fri | 9–18 | **busy',
        ' at noon** |\n',
        '| Sat | 10–14 | |\n',
        '\nSee you soon.',
      ],
      holdAfterChunks: 4,
    });
    await sendMessage(page, `${tableMarker} hours?`);
    const reply = lastReply(page);
    // Held after "| Mon–Fri | 9–18 | **busy": a table with the row so far, the bold already bold.
    await reply.locator('td strong').filter({ hasText: 'busy' }).waitFor();
    expect(await reply.getAttribute('data-status')).toBe('streaming');
    expect(await reply.locator('th').allInnerTexts()).toEqual(['Day', 'Hours', 'Note']);
    expect(await reply.innerText()).not.toMatch(/\||\*\*|---/);
    await reply.locator('table').evaluate((table) => {
      (table as unknown as { heldTable: boolean }).heldTable = true;
    });
    await saveScreenshot(page, 'widget-markdown-streaming-table');
    await fakeModel.release(tableMarker);
    await waitForReply(page);
    expect(await reply.locator('td').allInnerTexts()).toEqual(['Mon–Fri', '9–18', 'busy at noon', 'Sat', '10–14', '']);
    // The table seen while streaming is the same node now: it grew in place, it was not built anew.
    expect(
      await reply.locator('table').evaluate((table) => (table as unknown as { heldTable?: boolean }).heldTable),
    ).toBe(true);

    const codeMarker = uniqueId('code');
    await fakeModel.script({
      match: codeMarker,
      chunks: [
        'Book with:\n\n',
        '```js\n',
        'const booking = await book({\n',
        "  day: 'Sat',\n",
        "  time: '10:00',\n",
        '});\n```\n\nDone.',
      ],
      holdAfterChunks: 4,
    });
    await sendMessage(page, `${codeMarker} how?`);
    const codeReply = lastReply(page);
    await codeReply.locator('pre').filter({ hasText: "day: 'Sat'" }).waitFor();
    expect(await codeReply.getAttribute('data-status')).toBe('streaming');
    expect(await codeReply.innerText()).not.toContain('```');
    await saveScreenshot(page, 'widget-markdown-streaming-code');
    await fakeModel.release(codeMarker);
    await waitForReply(page);
    expect(await codeReply.locator('pre').innerText()).toBe(
      "const booking = await book({\n  day: 'Sat',\n  time: '10:00',\n});\n",
    );
    expect(await codeReply.locator('p').last().innerText()).toBe('Done.');
    await page.context().close();
  });

  it('keeps the new constructs inert: a javascript: link in a table cell, an event handler in a task item, raw HTML in nested quotes', async () => {
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    const reply = await askFor(
      page,
      [
        '| Day | Link |',
        '| --- | --- |',
        '| Mon | [click](javascript:window.__pwned=1) <a href="javascript:window.__pwned=1">x</a> |',
        '',
        '- [ ] <b onclick="window.__pwned=1">task</b> <img src=x onerror="window.__pwned=1">',
        '- [x] [done](JaVaScRiPt:window.__pwned=1) <svg onload="window.__pwned=1">',
        '',
        '> > <iframe src="javascript:window.__pwned=1"></iframe>',
        '> > > <details open ontoggle="window.__pwned=1">**quoted**</details>',
      ].join('\n'),
    );
    expect(
      await reply.locator('a, img, svg, iframe, details, b, [onclick], [onerror], [onload], [ontoggle]').count(),
    ).toBe(0);
    expect(await reply.locator('td').last().innerText()).toBe('click <a href="javascript:window.__pwned=1">x</a>');
    expect(await reply.locator('li').first().innerText()).toContain('<b onclick="window.__pwned=1">task</b>');
    expect(await reply.locator('blockquote blockquote blockquote strong').innerText()).toBe('quoted');
    await reply.locator('td').last().click();
    await reply.locator('li').first().click();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await saveScreenshot(page, 'widget-markdown-inert');
    await page.context().close();
  });
});
