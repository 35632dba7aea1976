import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { fakeModel, uniqueId } from '../support/emulators.ts';
import { lastReply, openChat, sendMessage, useTestSite, visit, waitForReply } from '../support/widgetSite.ts';

const env = useTestSite();

const visitorMessages = (page: import('playwright-core').Page) =>
  page.locator('[data-testid="message"][data-role="visitor"]');

describe('a conversation that lasts', () => {
  it("shows the visitor's own message at once, then the typing indicator", async () => {
    const marker = uniqueId('instant');
    // The pause must stay well under the 2 s idle timeout the tests run with (dev/src/withEmulators.ts):
    // at 2 s the function's idle timer and the first chunk raced, and a busy machine ended the reply as a timeout.
    await fakeModel.script({ match: marker, text: 'Here I am.', firstChunkDelayMs: 1_000 });
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    await sendMessage(page, `${marker} hello`);
    // The widget shows the message itself before any answer from the server…
    await visitorMessages(page)
      .filter({ hasText: `${marker} hello` })
      .waitFor({ timeout: 1_000 });
    // …and the typing indicator once the server has taken the message, while the model still waits.
    await page.getByRole('img', { name: 'Typing…' }).waitFor();
    expect(await lastReply(page).getAttribute('data-status')).not.toBe('done');
    await saveScreenshot(page, 'widget-typing');
    await waitForReply(page);
    expect(await lastReply(page).innerText()).toBe('Here I am.');
    await page.context().close();
  });

  it('resumes after a reload, even a reply that is still streaming', async () => {
    const marker = uniqueId('reload');
    const tokens = Array.from({ length: 50 }, (_, index) => `part${index} `);
    await fakeModel.script({ match: marker, chunks: tokens, delayMs: 80 });
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    await sendMessage(page, `${marker} tell me`);
    await waitForReply(page, 'streaming');

    await page.reload();
    // The panel was open, so it opens again; the conversation and the live reply come back.
    await page.getByTestId('panel').waitFor();
    await visitorMessages(page)
      .filter({ hasText: `${marker} tell me` })
      .waitFor();
    await waitForReply(page, 'streaming');
    await saveScreenshot(page, 'widget-resumed-streaming');
    await waitForReply(page);
    expect((await lastReply(page).innerText()).trim()).toBe(tokens.join('').trim());
    await page.context().close();
  });

  it('keeps two tabs in sync and starts a new conversation on request', async () => {
    const marker = uniqueId('tabs');
    await fakeModel.script({ match: marker, text: 'Seen in both tabs.' });
    const first = await visit(env.browser, env.site.url);
    await openChat(first);
    await sendMessage(first, `${marker} one`);
    await waitForReply(first);

    const second = await first.context().newPage();
    await second.goto(env.site.url);
    await openChat(second);
    await visitorMessages(second)
      .filter({ hasText: `${marker} one` })
      .waitFor();
    expect(await lastReply(second).innerText()).toBe('Seen in both tabs.');

    await sendMessage(second, `${marker} two`);
    await visitorMessages(first)
      .filter({ hasText: `${marker} two` })
      .waitFor();
    await waitForReply(first);
    expect(await lastReply(first).innerText()).toBe('Seen in both tabs.');
    await saveScreenshot(second, 'widget-second-tab');

    await second.getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => visitorMessages(second).count()).toBe(0);
    await expect.poll(() => visitorMessages(first).count()).toBe(0);
    await second.getByTestId('welcome').waitFor();
    await first.context().close();
  });
});
