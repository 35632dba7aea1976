import { paths } from '@frontdesk/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DONE, sse } from '../../dev/src/fakeModel/fixtures/ProviderFixture.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { startBotSite } from '../support/botSite.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';

/**
 * A reasoning model behind the widget: the visitor sees the typing indicator while the model thinks and never
 * its thoughts; an answer that never comes ends with an explained error and "Try again"; the team reads the
 * reasoning in the transcript (the bot shows it), and the bot settings say when the model cannot use tools.
 */
let browser: Browser;
let team: ConsoleTenant;
let site: Awaited<ReturnType<typeof startBotSite>>;

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  sse({
    id: 'c',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'qwen3:8b',
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
const SECRET = 'system-prompt-secret';

beforeAll(async () => {
  team = await seedConsoleTenant();
  await db.doc(paths.botSettings(team.botId)).update({ showReasoningToTeam: true });
  site = await startBotSite(team.botId);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openChat(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Open chat' }).click();
  return page;
}

async function send(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Message' }).fill(text);
  await page.getByRole('button', { name: 'Send' }).click();
}

describe('a reasoning model behind the widget', () => {
  it('shows the typing indicator while the model thinks, never the thoughts; the team reads them', async () => {
    const marker = uniqueId('thinks');
    await fakeModel.script({
      match: marker,
      frames: [
        chunk({ role: 'assistant', content: '', reasoning: `The ${SECRET} says parking` }),
        chunk({ content: '<think>is free behind the house.</think>' }),
        chunk({ content: 'Parking is free behind the house.' }),
        chunk({}, 'stop'),
        DONE,
      ],
      holdAfterChunks: 2,
    });
    const visitor = await openChat();
    await send(visitor, `${marker} is there parking?`);

    const reply = visitor.locator('[data-testid="message"][data-role="assistant"]').last();
    await reply.getByRole('img', { name: 'Typing…' }).waitFor();
    expect(await reply.getAttribute('data-status')).not.toBe('done');
    expect(await reply.innerText()).not.toContain(SECRET);
    await saveScreenshot(visitor, 'widget-reasoning-typing');

    await fakeModel.release(marker);
    await reply.and(visitor.locator('[data-status="done"]')).waitFor();
    expect((await reply.innerText()).trim()).toBe('Parking is free behind the house.');
    const everything = await visitor.locator('[data-testid="message"]').allInnerTexts();
    expect(everything.join('\n')).not.toContain(SECRET);

    // The team, in the transcript: the reasoning folded above the reply.
    const conversation = (await db.collection(paths.conversations(team.botId)).get()).docs[0];
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/conversations/${conversation?.id}`);
    const reasoning = page.getByTestId('transcript-reasoning');
    await reasoning.waitFor();
    await reasoning.getByText('The model’s reasoning (only the team sees this)').click();
    await reasoning.getByText(SECRET).waitFor();
    await saveScreenshot(page, 'console-transcript-reasoning');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
    await visitor.close();
  });

  it('ends an answer that never comes with an explained error and a working "Try again"', async () => {
    const marker = uniqueId('empty');
    await fakeModel.script({
      match: marker,
      times: 1,
      frames: [chunk({ content: '<think>Weighing every option' }), chunk({ content: '…' }, 'length'), DONE],
    });
    await fakeModel.script({ match: marker, text: 'We open at 8.' });
    const visitor = await openChat();
    await send(visitor, `${marker} when do you open?`);

    const problem = visitor.getByTestId('reply-error');
    await problem.getByText('The assistant did not come up with an answer.').waitFor();
    await saveScreenshot(visitor, 'widget-empty-reply');
    await problem.getByRole('button', { name: 'Try again' }).click();
    const reply = visitor.locator('[data-testid="message"][data-role="assistant"]').last();
    await reply.and(visitor.locator('[data-status="done"]')).filter({ hasText: 'We open at 8.' }).waitFor();
    await visitor.close();
  });

  it('says in the bot settings when the model cannot use tools, and offers the reasoning setting', async () => {
    await db.doc(paths.botSettings(team.botId)).update({
      modelStatus: { model: 'deepseek-r1:8b', refusedFields: ['tools'], checkedAt: Date.now() },
    });
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/settings`);
    await page.getByTestId('model-status').getByText('The model deepseek-r1:8b does not support tools').waitFor();
    const setting = page.getByRole('checkbox', { name: 'Show the model’s reasoning to the team in transcripts' });
    expect(await setting.isChecked()).toBe(true);
    await saveScreenshot(page, 'console-model-without-tools');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Turning it off is saved with the settings; saving clears what the functions learned.
    await setting.uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(async () => (await db.doc(paths.botSettings(team.botId)).get()).data())
      .toMatchObject({ showReasoningToTeam: false, modelStatus: null });
    await page.close();
  });
});
