import { defaultBotSettings, paths } from '@frontdesk/contract';
import { FieldValue } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { DEMO_BOT_ID } from '../../dev/src/seed/seedDemo.ts';
import { awaitFreshMinuteWindow } from '../support/awaitFreshMinuteWindow.ts';
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
  visit,
  waitForReply,
} from '../support/widgetSite.ts';

const env = useTestSite();

describe('rendering replies', () => {
  it('renders markdown as inert DOM: lists, code and safe links, no HTML, script or remote image', async () => {
    const marker = uniqueId('markdown');
    const text = [
      '**Opening hours**',
      '',
      '- Mon–Fri: 8–18',
      '- Sat: 10–14',
      '',
      'See [our site](https://example.com/hours) or [this](javascript:window.__pwned=1) and `code`.',
      '',
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>',
      '',
      '![tracker](https://tracker.example/pixel.png)',
    ].join('\n');
    await fakeModel.script({ match: marker, text });
    const page = await visit(env.browser, env.site.url);
    const remote: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('tracker.example')) remote.push(request.url());
    });
    await openChat(page);
    await sendMessage(page, `${marker} hours?`);
    const reply = await waitForReply(page);

    expect(await reply.locator('strong').first().innerText()).toBe('Opening hours');
    expect(await reply.locator('li').allInnerTexts()).toEqual(['Mon–Fri: 8–18', 'Sat: 10–14']);
    expect(await reply.locator('code').innerText()).toBe('code');
    const link = reply.getByRole('link', { name: 'our site' });
    expect(await link.getAttribute('href')).toBe('https://example.com/hours');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(
      await reply.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol)),
    ).toEqual(['https:', 'https:']);
    expect(await reply.locator('img, script, [onerror]').count()).toBe(0);
    expect(await reply.innerText()).toContain('<img src=x onerror="window.__pwned=1"><script>');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(remote).toEqual([]);
    await saveScreenshot(page, 'widget-markdown');
    await page.context().close();
  });

  it('explains a failed reply and answers again on retry', async () => {
    const marker = uniqueId('fail');
    await fakeModel.script({ match: marker, status: 500, times: 1 });
    await fakeModel.script({ match: marker, text: 'Second time lucky.' });
    const page = await visit(env.browser, env.site.url);
    const errors: unknown[] = [];
    await page.exposeFunction('recordError', (detail: unknown) => errors.push(detail));
    await openChat(page);
    await page.evaluate(() =>
      (window as unknown as { Frontdesk: { on(e: string, f: (d: unknown) => void): void } }).Frontdesk.on(
        'error',
        (detail) => (window as unknown as { recordError(d: unknown): void }).recordError(detail),
      ),
    );
    await sendMessage(page, `${marker} hi`);
    await waitForReply(page, 'error');
    const problem = page.getByTestId('reply-error');
    expect(await problem.innerText()).toContain('The assistant is unavailable right now.');
    await saveScreenshot(page, 'widget-reply-error');
    expect(errors).toEqual([{ kind: 'reply', code: 'upstream_error' }]);

    await problem.getByRole('button', { name: 'Try again' }).click();
    await waitForReply(page);
    expect(await lastReply(page).innerText()).toBe('Second time lucky.');
    // Answered again in place: one question, one reply, no error left.
    expect(
      await page.locator('[data-testid="message"]').evaluateAll((bubbles) => bubbles.map((b) => b.dataset.role)),
    ).toEqual(['visitor', 'assistant']);
    expect(await page.getByTestId('reply-error').count()).toBe(0);
    await page.context().close();
  });

  it('explains a refused message (rate limit) and lets the visitor send it again', async () => {
    const botId = await seedBot({
      settings: { limits: { ...defaultBotSettings.limits, visitorPerMinute: 1 } },
    });
    const url = env.site.setPage(`/limited-${botId}`, pageWithWidget({ attributes: `data-bot="${botId}"` }));
    const marker = uniqueId('limited');
    await fakeModel.script({ match: marker, text: 'Noted.' });
    const page = await visit(env.browser, url);
    await openChat(page);
    // Both messages must fall into one minute of the per-visitor limit.
    await awaitFreshMinuteWindow(20_000);
    await sendMessage(page, `${marker} first`);
    await waitForReply(page);
    await sendMessage(page, 'second');
    const problem = page.getByTestId('send-error');
    await problem.waitFor();
    expect(await problem.innerText()).toMatch(/Not sent\. You are sending messages very quickly\. Please wait \d+ s/);
    expect(await problem.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await saveScreenshot(page, 'widget-call-error');
    await page.context().close();
  });

  it('marks a team member’s reply as such', async () => {
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    await sendMessage(page, 'Can a person help me?');
    await waitForReply(page);
    const conversationId = await page.evaluate(
      (key) => localStorage.getItem(key),
      `frontdesk:${DEMO_BOT_ID}:conversation`,
    );
    const messages = db.collection(paths.messages(DEMO_BOT_ID, conversationId as string));
    const visitorMessage = (await messages.where('role', '==', 'visitor').get()).docs[0]?.data();
    await messages.add({
      role: 'agent',
      text: 'Hi, this is **Sam** from the front desk.',
      status: 'done',
      errorCode: null,
      visitorUid: visitorMessage?.visitorUid,
      tenantId: visitorMessage?.tenantId,
      model: null,
      usage: null,
      timing: null,
      leaseExpiresAt: null,
      authorUid: 'agent-uid',
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    const agent = lastReply(page, 'agent');
    await agent.waitFor();
    expect(await agent.innerText()).toBe('Hi, this is Sam from the front desk.');
    expect(await page.locator('.row[data-role="agent"] .author').innerText()).toBe('Team member');
    const [agentBorder, assistantBorder] = await Promise.all([
      agent.evaluate((el) => getComputedStyle(el).borderTopStyle),
      lastReply(page).evaluate((el) => getComputedStyle(el).borderTopStyle),
    ]);
    expect([agentBorder, assistantBorder]).toEqual(['solid', 'none']);
    await saveScreenshot(page, 'widget-agent-reply');
    await page.context().close();
  });
});
