import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { startBotSite } from '../support/botSite.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';

let browser: Browser;
let team: ConsoleTenant;
let site: Awaited<ReturnType<typeof startBotSite>>;

beforeAll(async () => {
  team = await seedConsoleTenant({ bot: { name: 'Desk', timezone: 'Europe/Berlin', takesAppointments: false } });
  site = await startBotSite(team.botId);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('knowledge in the console and the widget', () => {
  it('an owner adds a FAQ entry, a visitor gets it cited, an unanswered question becomes a FAQ entry, the transcript shows the passages', async () => {
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/knowledge`);
    await page.getByLabel('Question', { exact: true }).fill('Is there parking?');
    await page
      .getByLabel('Answer', { exact: true })
      .fill('Yes, free parking spaces are in the courtyard behind the building.');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByTestId('knowledge-status').filter({ hasText: 'Ready · 1 passage' }).waitFor({ timeout: 60_000 });
    // A private address ends as a visible, typed error on that source.
    await page.getByLabel('Kind', { exact: true }).selectOption('web');
    await page.getByLabel('Address of the page').fill('http://10.0.0.1/admin');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page
      .getByTestId('knowledge-error')
      .filter({ hasText: 'The address points to a private or internal network.' })
      .waitFor({ timeout: 60_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'knowledge-sources');

    const visitor = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await visitor.goto(site.url);
    await visitor.getByRole('button', { name: 'Open chat' }).click();
    const ask = async (text: string) => {
      await visitor.getByRole('textbox', { name: 'Message' }).fill(text);
      await visitor.getByRole('button', { name: 'Send' }).click();
    };
    await ask('Is there parking near you?');
    const sources = visitor.getByTestId('reply-sources');
    await sources.waitFor({ timeout: 60_000 });
    expect(await sources.innerText()).toBe('[1] Is there parking?');
    await saveScreenshot(visitor, 'knowledge-widget-sources');

    await ask('Do you repair bicycles?');
    const question = page.getByTestId('unanswered-question').filter({ hasText: 'Do you repair bicycles?' });
    await question.waitFor({ timeout: 60_000 });
    await question.getByRole('textbox').fill('No, we only repair teeth.');
    await question.getByRole('button', { name: 'Add as FAQ entry' }).click();
    await question.waitFor({ state: 'detached' });
    await page.getByTestId('knowledge-source').filter({ hasText: 'Do you repair bicycles?' }).waitFor();

    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/conversations`);
    await page.getByTestId('conversation-item').first().click();
    await page.getByTestId('reply-unanswered').waitFor();
    const passages = page.getByTestId('reply-passages').first();
    await passages.locator('summary').click();
    expect(await passages.innerText()).toMatch(
      /Knowledge used: 1 passage[\s\S]*\[1\] Is there parking\? · distance \d\.\d\d · cited/,
    );
  }, 240_000);
});
