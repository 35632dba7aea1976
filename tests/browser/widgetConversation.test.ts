import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { lastReply, openChat, sendMessage, useTestSite, visit, waitForReply } from '../support/widgetSite.ts';

const env = useTestSite();

const visitorMessages = (page: import('playwright-core').Page) =>
  page.locator('[data-testid="message"][data-role="visitor"]');

describe('a conversation that lasts', () => {
  it("shows the visitor's own message at once, then the typing indicator", async () => {
    const marker = uniqueId('instant');
    // The model holds its answer until released, so each state below stays on screen however slow the machine.
    await fakeModel.script({ match: marker, text: 'Here I am.', holdAfterChunks: 0 });
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    // The call to the server is held too: what shows now, the widget drew on its own.
    let releaseCall = () => {};
    const callHeld = new Promise<void>((resolve) => {
      releaseCall = resolve;
    });
    await page.route(/\/sendMessage$/, async (route) => {
      await callHeld;
      await route.continue();
    });
    await sendMessage(page, `${marker} hello`);
    const ownMessage = visitorMessages(page).filter({ hasText: `${marker} hello` });
    await ownMessage.waitFor();
    expect(await page.getByRole('img', { name: 'Typing…' }).count()).toBe(0);

    // Once the server has the message, the typing indicator shows while the model thinks.
    releaseCall();
    await page.getByRole('img', { name: 'Typing…' }).waitFor();
    await saveScreenshot(page, 'widget-typing');
    await fakeModel.release(marker);
    await waitForReply(page);
    expect(await lastReply(page).innerText()).toBe('Here I am.');
    await page.context().close();
  });

  it('resumes after a reload, even a reply that is still streaming', async () => {
    const marker = uniqueId('reload');
    const tokens = Array.from({ length: 50 }, (_, index) => `part${index} `);
    await fakeModel.script({ match: marker, chunks: tokens, delayMs: 20, holdAfterChunks: 10 });
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
    await lastReply(page).and(page.locator('[data-status="streaming"]')).filter({ hasText: 'part9' }).waitFor();
    await saveScreenshot(page, 'widget-resumed-streaming');
    await fakeModel.release(marker);
    await waitForReply(page);
    expect((await lastReply(page).innerText()).trim()).toBe(tokens.join('').trim());
    await page.context().close();
  });

  it("shows a reply's text only ever growing, as the call streams it ahead of the listener", async () => {
    const marker = uniqueId('growing');
    const tokens = Array.from({ length: 60 }, (_, index) => `word${index} `);
    await fakeModel.script({ match: marker, chunks: tokens, delayMs: 10 });
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    // Every change of the reply's shown text, from its first words to the end, as lengths.
    await page.evaluate(() => {
      const lengths: number[] = [];
      (window as unknown as { replyLengths: number[] }).replyLengths = lengths;
      const root = document.querySelector('frontdesk-widget')?.shadowRoot as ShadowRoot;
      new MutationObserver(() => {
        const replies = root.querySelectorAll('[data-testid="message"][data-role="assistant"] .markdown');
        const length = replies[replies.length - 1]?.textContent?.length ?? 0;
        if (length !== lengths.at(-1)) lengths.push(length);
      }).observe(root, { subtree: true, childList: true, characterData: true });
    });
    await sendMessage(page, `${marker} tell me`);
    await waitForReply(page);

    const lengths = await page.evaluate(() => (window as unknown as { replyLengths: number[] }).replyLengths);
    expect(lengths.length).toBeGreaterThan(2);
    expect(lengths.filter((length, index) => index > 0 && length < (lengths[index - 1] as number))).toEqual([]);
    expect((await lastReply(page).innerText()).trim()).toBe(tokens.join('').trim());
    await page.context().close();
  });

  it('counts on the launcher the replies that came while the chat was closed', async () => {
    const marker = uniqueId('unread');
    await fakeModel.script({ match: marker, text: 'Answered while you were away.', holdAfterChunks: 0 });
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    await sendMessage(page, `${marker} I will look later`);
    await page.getByRole('img', { name: 'Typing…' }).waitFor();
    await page.getByRole('button', { name: 'Close chat' }).first().click();
    await fakeModel.release(marker);

    const launcher = page.getByRole('button', { name: 'Open chat, 1 new message' });
    await launcher.waitFor();
    expect(await launcher.locator('.badge').innerText()).toBe('1');
    await saveScreenshot(page, 'widget-unread-badge');
    // The count stays with the tab when the visitor moves on to another page of the site.
    await page.reload();
    await launcher.waitFor();
    expect(await launcher.locator('.badge').innerText()).toBe('1');
    await launcher.click();
    await waitForReply(page);
    expect(await lastReply(page).innerText()).toBe('Answered while you were away.');
    // Seen: the count is gone, also when the panel is closed again and after the next page load.
    await page.getByRole('button', { name: 'Close chat' }).first().click();
    await page.reload();
    await page.getByRole('button', { name: 'Open chat', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Open chat', exact: true }).locator('.badge').isVisible()).toBe(
      false,
    );
    await page.context().close();
  });

  it('keeps two tabs in sync and starts a new conversation on request', async () => {
    const marker = uniqueId('tabs');
    await fakeModel.script({ match: `${marker} one`, text: 'Seen in both tabs.' });
    await fakeModel.script({ match: `${marker} two`, text: 'The second answer, in both tabs too.' });
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
    await lastReply(first).filter({ hasText: 'The second answer' }).waitFor();
    await waitForReply(first);
    expect(await lastReply(first).innerText()).toBe('The second answer, in both tabs too.');
    await saveScreenshot(second, 'widget-second-tab');

    await second.getByRole('button', { name: 'New conversation' }).click();
    await expect.poll(() => visitorMessages(second).count()).toBe(0);
    await expect.poll(() => visitorMessages(first).count()).toBe(0);
    await second.getByTestId('welcome').waitFor();
    await first.context().close();
  });
});
