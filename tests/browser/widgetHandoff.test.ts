import { type Availability, type Conversation, paths } from '@frontdesk/contract';
import { Timestamp } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { openAlways } from '../support/bookingBot.ts';
import { saveScreenshot } from '../support/browser.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { seedBot } from '../support/seedBot.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { openChat, pageWithWidget, sendMessage, useTestSite, visit, waitForReply } from '../support/widgetSite.ts';

/*
 * "Talk to a person" as the visitor sees it: the chip, the hand-off card with its optional email and consent, what
 * the card says by the bot's opening hours, and the notice that a team member is typing. Each test has a bot of
 * its own (Europe/Berlin), as each needs other opening hours; its one conversation is read back from Firestore.
 */

const env = useTestSite({}, { seedDemo: false });

/** A page with the widget of a fresh bot (no appointments) whose opening hours are `availability`. */
async function chatWithBot(availability: Availability) {
  const botId = await seedBot();
  await db.doc(paths.availability(botId)).set(availability);
  const page = await visit(
    env.browser,
    env.site.setPage(`/${botId}`, pageWithWidget({ attributes: `data-bot="${botId}"` })),
  );
  await openChat(page);
  const marker = uniqueId('handoff');
  await fakeModel.script({ match: marker, text: 'I can try to help.' });
  await sendMessage(page, `${marker} I would rather talk to someone`);
  await waitForReply(page);
  return { botId, page };
}

/** The bot's one conversation, as stored. */
async function theConversation(botId: string) {
  const stored = await db.collection(paths.conversations(botId)).get();
  expect(stored.size).toBe(1);
  const [only] = stored.docs;
  return { id: only?.id as string, data: only?.data() as Conversation };
}

/** Counts the hand-off calls the page makes, so a refusal in the browser can be told from one by the server. */
function countHandoffCalls(page: Page) {
  const calls = { count: 0 };
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/requestHandoff')) calls.count += 1;
  });
  return calls;
}

describe('talk to a person', () => {
  it('while the team is in: refuses a bad address with a visible reason, then keeps the address left', async () => {
    const { botId, page } = await chatWithBot(openAlways);
    const calls = countHandoffCalls(page);
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    const card = page.getByTestId('handoff-card');
    await card.getByText('We will ask our team to take over this conversation.').waitFor();
    const email = card.getByLabel('Email (optional, if you cannot wait)');
    const consent = card.getByRole('checkbox', { name: 'The team may answer me by email at this address.' });
    const problem = card.getByRole('alert');
    const submit = card.getByRole('button', { name: 'Ask for a person' });

    // Not an address at all: refused in the browser, nothing sent.
    await email.fill('not-an-address');
    await consent.check();
    await submit.click();
    await expect.poll(() => problem.innerText()).toBe('Please enter an email address like name@example.com.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(calls.count).toBe(0);
    // An address without the consent to be answered by mail.
    await email.fill('ada@example.com');
    await consent.uncheck();
    await submit.click();
    await expect
      .poll(() => problem.innerText())
      .toBe('Please agree to be answered by email, or leave the field empty.');
    expect(calls.count).toBe(0);
    // Looks like an address to the browser, but the server's check refuses it (two dots in a row).
    await email.fill('ada..lovelace@example.com');
    await consent.check();
    await submit.click();
    await expect.poll(() => calls.count).toBe(1);
    await expect.poll(() => problem.innerText()).toBe('Please enter an email address like name@example.com.');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'widget-handoff-invalid-email');
    const untouched = await theConversation(botId);
    expect(untouched.data.status).toBe('ai');
    expect(untouched.data.visitorEmail).toBeUndefined();
    expect(untouched.data.handoffRequestedAt).toBeUndefined();

    // A good address, with consent: the team is asked, and the bot's hours (all day, every day) say it is in.
    await email.fill('Ada@Example.com');
    await submit.click();
    await expect
      .poll(() => card.getByTestId('handoff-outcome').innerText())
      .toBe(
        'The team has been told and will answer here shortly. If you have left by then, the answer goes to Ada@Example.com.',
      );
    const handedOver = await theConversation(botId);
    expect(handedOver.data).toMatchObject({ status: 'waiting', visitorEmail: 'ada@example.com' });
    expect(handedOver.data.emailConsentAt).toBeInstanceOf(Timestamp);
    // Waiting for a person: the chip is gone.
    await expect.poll(() => page.getByRole('button', { name: 'Talk to a person' }).count()).toBe(0);
    await saveScreenshot(page, 'widget-handoff-open');

    // A team member types (the console writes the team's presence): the visitor sees it, and not once it is over.
    const teamPresence = db.doc(paths.presence(botId, handedOver.id, 'team'));
    await teamPresence.set({ typingUntil: Timestamp.fromMillis(Date.now() + 10 * 60_000) });
    await page.getByRole('status').filter({ hasText: 'A team member is typing…' }).waitFor();
    await teamPresence.set({ typingUntil: Timestamp.fromDate(new Date('2026-01-01T00:00:00Z')) });
    await page.getByTestId('team-typing').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('while the team is out: says so, and hands over without an address', async () => {
    // Opening hours every day, but the business is closed on every date the widget looks ahead to (14 days).
    const day = 86_400_000;
    const closedDates = Array.from({ length: 20 }, (_, index) =>
      new Date(Date.now() + (index - 2) * day).toISOString().slice(0, 10),
    );
    const { botId, page } = await chatWithBot({ ...openAlways, closedDates });
    await page.getByRole('button', { name: 'Talk to a person' }).click();
    const card = page.getByTestId('handoff-card');
    await card.getByRole('button', { name: 'Ask for a person' }).click();
    await expect
      .poll(() => card.getByTestId('handoff-outcome').innerText())
      .toBe('We are closed now; the team will answer as soon as it is back.');
    const { data } = await theConversation(botId);
    expect(data.status).toBe('waiting');
    expect(data.visitorEmail).toBeUndefined();
    await saveScreenshot(page, 'widget-handoff-closed');
    await page.context().close();
  });
});
