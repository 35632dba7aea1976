import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strictCspPage, withTrustedTypes } from '../../dev/src/demoSite/strictCspPage.ts';
import { seedBookingBot } from '../support/bookingBot.ts';
import { saveScreenshot } from '../support/browser.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';
import {
  lastReply,
  openChat,
  sendMessage,
  useTestSite,
  viewports,
  waitForReply,
  widgetUrl,
} from '../support/widgetSite.ts';

const env = useTestSite({}, { seedDemo: false });

/**
 * A visitor on a page of the strict policy that also enforces Trusted Types, allowing the named policies.
 * Every CSP or Trusted Types violation, page error and console error is recorded, from before the first script.
 */
async function trustedTypesPage(browser: Browser, botId: string, policyNames: string) {
  const url = env.site.setPage(`/tt-${uniqueId('page')}`, {
    body: strictCspPage({ widgetUrl, botId }),
    headers: { 'content-security-policy': withTrustedTypes(env.site.csp, policyNames) },
  });
  const context = await browser.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  const problems: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to|TrustedHTML|TrustedScript|Trusted Type/i.test(message.text())) {
      problems.push(message.text());
    }
    // The test site has no favicon; the browser's request for it is the page's business, not the widget's.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused (securitypolicyviolation): ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  await page.goto(url);
  const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  expect(csp).toContain(`require-trusted-types-for 'script'; trusted-types ${policyNames}`);
  return { page, problems, errors };
}

async function bookFirstSlot(page: Page) {
  await page.getByRole('button', { name: 'Book an appointment' }).click();
  const flow = page.getByTestId('booking-flow');
  await flow.getByTestId('booking-slot').first().click();
  await flow.getByLabel('Name').fill('Ada Lovelace');
  await flow.getByLabel('Email').fill('ada@example.com');
  await flow.getByTestId('booking-continue').click();
  await flow.getByTestId('booking-confirm').click();
  await page.getByTestId('booking-card').waitFor();
}

describe('Trusted Types', () => {
  it('opens, streams, books and shows every screen on a page that allows the frontdesk policy, with no violation', async () => {
    const { botId } = await seedBookingBot();
    const marker = uniqueId('tt');
    await fakeModel.script({
      match: marker,
      text: 'Under **Trusted Types**:\n\n- a list\n- [a link](https://example.com)\n\n```\ncode\n```',
    });
    const { page, problems, errors } = await trustedTypesPage(env.browser, botId, 'frontdesk');
    await openChat(page);
    await sendMessage(page, `${marker} hi`);
    await waitForReply(page);
    expect(await lastReply(page).locator('strong').innerText()).toBe('Trusted Types');
    expect(await lastReply(page).locator('li').count()).toBe(2);
    await bookFirstSlot(page);
    expect(await page.getByTestId('booking-card').innerText()).toContain('Appointment booked');
    await saveScreenshot(page, 'widget-trusted-types');
    // Closed and opened again: the panel's screens come back from the same templates.
    await page.getByTestId('panel').getByRole('button', { name: 'Close chat' }).click();
    await openChat(page);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows nothing on a page that enforces Trusted Types without allowing the policy, and names the directive once', async () => {
    const { botId } = await seedBookingBot();
    const { page, errors } = await trustedTypesPage(env.browser, botId, 'site-policy');
    const named = () => errors.filter((text) => text.includes('trusted-types frontdesk'));
    await expect.poll(() => named().length).toBe(1);
    await page.waitForTimeout(500); // anything that would still show or load
    expect(named()).toHaveLength(1);
    expect(named()[0]).toMatch(/^Frontdesk: /);
    expect(await page.locator('frontdesk-widget').count()).toBe(0);
    expect(await page.evaluate(() => typeof (window as { Frontdesk?: { open: unknown } }).Frontdesk?.open)).toBe(
      'function',
    );
    await page.context().close();
  });
});
