import { type Booking, type BookSlotResponse, paths } from '@frontdesk/contract';
import type { Timestamp } from 'firebase-admin/firestore';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seedBookingBot } from '../support/bookingBot.ts';
import { saveScreenshot } from '../support/browser.ts';
import { callFunction } from '../support/callFunction.ts';
import { db } from '../support/db.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';
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

const env = useTestSite({}, { seedDemo: false });

/** A page with the widget of a fresh bot that takes appointments (Europe/Berlin, open all day). */
async function bookingPage(options: { viewport?: { width: number; height: number }; timezoneId?: string } = {}) {
  const { botId } = await seedBookingBot();
  const url = env.site.setPage(`/book-${botId}`, pageWithWidget({ attributes: `data-bot="${botId}"` }));
  const page = await visit(env.browser, url, options);
  await openChat(page);
  return { botId, page };
}

async function fillForm(page: Page, name: string, email: string) {
  const flow = page.getByTestId('booking-flow');
  await flow.getByLabel('Name').fill(name);
  await flow.getByLabel('Email').fill(email);
  await flow.getByLabel('Phone (optional)').fill('+49 30 123456');
  await flow.getByLabel('Notes (optional)').fill('First visit.');
  await flow.getByTestId('booking-continue').click();
  await flow.getByTestId('booking-details').waitFor();
}

async function bookingsOf(botId: string) {
  return (await db.collection(paths.bookings(botId)).get()).docs.map((doc) => ({
    id: doc.id,
    ...(doc.data() as Booking),
    start: (doc.get('start') as Timestamp).toDate().toISOString(),
  }));
}

describe('booking from the widget', () => {
  it('books by clicking alone: a day, a time and length, the form, the confirm step, the booking card', async () => {
    const { botId, page } = await bookingPage({ timezoneId: 'America/New_York' });
    await page.getByRole('button', { name: 'Book an appointment' }).click();
    const flow = page.getByTestId('booking-flow');
    await flow.getByTestId('booking-slot').first().waitFor();
    expect(await flow.locator('.zone-note').innerText()).toBe(
      'Times in your time zone (America/New_York). The business is in Europe/Berlin.',
    );
    await flow.getByTestId('booking-duration').selectOption('d:60');
    await flow.getByTestId('booking-day').nth(1).click();
    await expect.poll(() => flow.getByTestId('booking-day').nth(1).getAttribute('aria-pressed')).toBe('true');
    await saveScreenshot(page, 'booking-click-pick');
    const slot = flow.getByTestId('booking-slot').nth(2);
    const start = (await slot.getAttribute('data-start')) as string;
    const shown = await slot.innerText();
    expect(shown).toBe(DateTime.fromISO(start, { zone: 'America/New_York' }).toFormat('HH:mm'));
    await slot.click();

    await flow.getByLabel('Name').waitFor();
    await flow.getByTestId('booking-continue').click();
    expect(await flow.locator('.field-error').first().innerText()).toBe('Please fill this in.');
    await saveScreenshot(page, 'booking-click-form-errors');
    await fillForm(page, 'Ada Lovelace', 'ada@example.com');
    const details = await flow.getByTestId('booking-details').innerText();
    expect(details).toContain('Ada Lovelace');
    expect(details).toContain('ada@example.com');
    expect(details).toContain('+49 30 123456');
    expect(details).toContain(`${DateTime.fromISO(start, { zone: 'Europe/Berlin' }).toFormat('HH:mm')}–`);
    expect(details).toContain('in Europe/Berlin');
    expect(await bookingsOf(botId)).toEqual([]); // nothing is booked before the visitor confirms
    await saveScreenshot(page, 'booking-click-confirm');

    await flow.getByTestId('booking-confirm').click();
    const card = page.getByTestId('booking-card');
    await card.waitFor();
    expect(await card.innerText()).toContain('Appointment booked');
    await saveScreenshot(page, 'booking-click-booked');
    const [booking] = await bookingsOf(botId);
    expect(booking).toMatchObject({
      id: await card.getAttribute('data-booking-id'),
      status: 'confirmed',
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      phone: '+49 30 123456',
      notes: 'First visit.',
      durationMinutes: 60,
    });
    expect(booking?.start).toBe(new Date(start).toISOString());
    await page.context().close();
  });

  it('sends the visitor back to the choice, with a friendly word, when someone else took the time', async () => {
    const { botId, page } = await bookingPage();
    await page.getByRole('button', { name: 'Book an appointment' }).click();
    const flow = page.getByTestId('booking-flow');
    const slot = flow.getByTestId('booking-slot').first();
    const start = (await slot.getAttribute('data-start')) as string;
    await slot.click();
    await fillForm(page, 'Grace Hopper', 'grace@example.com');

    const rival = await signInAnonymously();
    const taken = await callFunction<BookSlotResponse>(
      'bookSlot',
      { botId, start, durationMinutes: 30, name: 'Rival', email: 'rival@example.com' },
      rival.idToken,
    );
    expect(taken.error).toBeUndefined();

    await flow.getByTestId('booking-confirm').click();
    await flow.getByRole('alert').filter({ hasText: 'Someone has just booked that time' }).waitFor();
    await flow.getByTestId('booking-slot').first().waitFor();
    await saveScreenshot(page, 'booking-slot-taken');
    expect(await flow.locator(`[data-start="${start}"]`).count()).toBe(0);

    await flow.getByTestId('booking-slot').first().click();
    await flow.getByTestId('booking-continue').click(); // the form keeps what the visitor typed
    await flow.getByTestId('booking-confirm').click();
    await page.getByTestId('booking-card').waitFor();
    expect((await bookingsOf(botId)).map((booking) => booking.name).sort()).toEqual(['Grace Hopper', 'Rival']);
    await page.context().close();
  });

  it('offers the slots the assistant found as buttons, and books the one clicked (phone)', async () => {
    const { botId, page } = await bookingPage({ viewport: viewports.phone });
    const tomorrow = DateTime.now().setZone('Europe/Berlin').plus({ days: 1 }).toISODate() as string;
    const marker = uniqueId('offer');
    await fakeModel.script({
      match: marker,
      toolCalls: [
        { name: 'find_available_slots', arguments: JSON.stringify({ from_date: tomorrow, to_date: tomorrow }) },
      ],
      textAfterTools: 'Here are some free times tomorrow:',
    });
    await sendMessage(page, `${marker} anything tomorrow?`);
    await waitForReply(page);
    const offered = page.getByTestId('offered-slot');
    await offered.first().waitFor();
    expect(await offered.count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'booking-chat-offered-phone');

    const start = (await offered.nth(1).getAttribute('data-start')) as string;
    expect(DateTime.fromISO(start, { zone: 'Europe/Berlin' }).toISODate()).toBe(tomorrow);
    await offered.nth(1).click();
    await fillForm(page, 'Katherine Johnson', 'katherine@example.com');
    await saveScreenshot(page, 'booking-chat-confirm-phone');
    await page.getByTestId('booking-confirm').click();
    // The booking comes back as a message of the conversation, which takes the card's place.
    const note = page.locator('.row').filter({ hasText: 'Your appointment is booked.' });
    await note.getByTestId('booking-card').waitFor();
    // The message and the call's answer arrive in either order; once both are in, only the message remains.
    await page.getByTestId('booking-flow').waitFor({ state: 'detached' });
    expect(await page.getByTestId('booking-card').count()).toBe(1);
    expect(
      await page.evaluate(() => document.querySelector('frontdesk-widget')?.shadowRoot?.activeElement?.tagName),
    ).toBe('TEXTAREA');
    await saveScreenshot(page, 'booking-chat-booked-phone');
    await expect.poll(async () => (await bookingsOf(botId)).length, { message: 'the booking' }).toBeGreaterThan(0);
    const bookings = await bookingsOf(botId);
    expect(bookings).toMatchObject([{ name: 'Katherine Johnson', status: 'confirmed', durationMinutes: 30 }]);
    expect(bookings[0]?.start).toBe(new Date(start).toISOString());
    await page.context().close();
  });
});
