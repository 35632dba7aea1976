import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';
import {
  openChat,
  pageWithWidget,
  sendMessage,
  useTestSite,
  viewports,
  visit,
  waitForReply,
} from '../support/widgetSite.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = useTestSite({
  '/plain': pageWithWidget(),
  '/german': pageWithWidget({ lang: 'de-DE', body: '<main><h1>Willkommen</h1></main>' }),
});

/** axe-core's serious and critical findings on the widget (its shadow tree included). */
async function seriousViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return axe.run({ include: [['frontdesk-widget']] });
  });
  return (results.violations as Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }>)
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.map((n) => n.target),
    }));
}

/** The focused element inside the widget's shadow root, described by its label or tag. */
function focusedInWidget(page: Page) {
  return page.evaluate(() => {
    const active = document.querySelector('frontdesk-widget')?.shadowRoot?.activeElement;
    return active ? (active.getAttribute('aria-label') ?? active.tagName) : null;
  });
}

describe('accessibility', () => {
  it('works by keyboard: open, focus in the panel, send, Escape, focus back on the launcher', async () => {
    const marker = uniqueId('keys');
    await fakeModel.script({ match: marker, text: 'Answered for keyboard users.' });
    const page = await visit(env.browser, `${env.site.url}plain`);
    await page.getByRole('button', { name: 'Open chat' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedInWidget(page)).toBe('Open chat');
    await page.keyboard.press('Enter');
    await page.getByTestId('panel').waitFor();
    await expect.poll(() => focusedInWidget(page)).toBe('Message');
    await page.keyboard.type(`${marker} hello`);
    await page.keyboard.press('Enter');
    await waitForReply(page);
    await expect
      .poll(() => page.getByTestId('announcer').innerText())
      .toBe('Demo Dental replied: Answered for keyboard users.');
    expect(await page.getByTestId('announcer').getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Escape');
    await page.getByTestId('panel').waitFor({ state: 'hidden' });
    expect(await focusedInWidget(page)).toBe('Open chat');
    await page.context().close();
  });

  for (const [size, viewport] of Object.entries(viewports)) {
    it(`has no serious or critical axe-core violations when open (${size})`, async () => {
      const marker = uniqueId('axe');
      await fakeModel.script({
        match: marker,
        text: 'We are open **Mon–Fri**:\n\n- 8–12\n- 14–18\n\n[Map](https://example.com)',
      });
      const page = await visit(env.browser, `${env.site.url}plain`, { viewport });
      await openChat(page);
      await sendMessage(page, `${marker} hours`);
      await waitForReply(page);
      await page.getByTestId('book-appointment').click();
      await page.getByTestId('booking-flow').waitFor();
      // Audit the settled card (its times loaded), so every run checks the same screen.
      await page.getByTestId('booking-loading').waitFor({ state: 'detached' });
      const violations = await seriousViolations(page);
      await saveScreenshot(page, `widget-axe-${size}`);
      expect(violations).toEqual([]);
      await page.context().close();
    });
  }

  it('speaks German on a German page', async () => {
    const page = await visit(env.browser, `${env.site.url}german`);
    await openChat(page, 'Chat öffnen');
    await page.getByRole('textbox', { name: 'Nachricht' }).waitFor();
    expect(await page.getByRole('button', { name: 'Senden' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Neues Gespräch' }).count()).toBe(1);
    expect(await page.getByTestId('book-appointment').innerText()).toBe('Termin buchen');
    await saveScreenshot(page, 'widget-german');
    await page.context().close();
  });
});

describe('phones', () => {
  it('fills the screen below 640 px with 16 px inputs', async () => {
    const page = await visit(env.browser, `${env.site.url}plain`, { viewport: viewports.phone });
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    await saveScreenshot(page, 'widget-phone-launcher');
    await launcher.tap();
    const panel = page.getByTestId('panel');
    await panel.waitFor();
    expect(await panel.boundingBox()).toEqual({
      x: 0,
      y: 0,
      width: viewports.phone.width,
      height: viewports.phone.height,
    });
    const input = page.getByRole('textbox', { name: 'Message' });
    expect(await input.evaluate((el) => getComputedStyle(el).fontSize)).toBe('16px');
    const composerBottom = await input.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(composerBottom).toBeLessThanOrEqual(viewports.phone.height);
    expect(await launcher.isVisible()).toBe(false);
    await page.getByTestId('book-appointment').tap();
    await page.getByTestId('booking-slot').first().tap();
    expect(
      await page
        .locator('[data-testid="booking-flow"] input')
        .evaluateAll((inputs) => inputs.map((el) => getComputedStyle(el).fontSize)),
    ).toEqual(['16px', '16px', '16px']);
    await saveScreenshot(page, 'widget-phone-booking-form');
    await page.getByRole('button', { name: 'Close chat' }).tap();
    await launcher.waitFor();
    await page.context().close();
  });
});
