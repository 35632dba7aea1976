import { readFileSync } from 'node:fs';
import type { BookSlotResponse } from '@frontdesk/contract';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from '../support/axe.ts';
import { freeSlots } from '../support/bookingBot.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { callFunction } from '../support/callFunction.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { signInAnonymously } from '../support/signInAnonymously.ts';

let browser: Browser;
let team: ConsoleTenant;

beforeAll(async () => {
  team = await seedConsoleTenant({ name: 'Lakeside Clinic' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function book(name: string, slotIndex: number): Promise<BookSlotResponse> {
  const visitor = await signInAnonymously();
  const { slots } = await freeSlots(team.botId, visitor.idToken, 30, 3);
  const answer = await callFunction<BookSlotResponse>(
    'bookSlot',
    {
      botId: team.botId,
      start: slots[slotIndex],
      durationMinutes: 30,
      name,
      email: 'grace@example.com',
      notes: 'First visit',
    },
    visitor.idToken,
  );
  expect(answer.error).toBeUndefined();
  return answer.result as BookSlotResponse;
}

describe('console: bookings', () => {
  it('lists upcoming bookings live, exports CSV and .ics, and cancels one', async () => {
    const first = await book('Grace Hopper', 0);
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/bookings`);
    await page.getByRole('heading', { name: /^Bookings/, level: 1 }).waitFor();
    const upcoming = page.getByRole('region', { name: 'Upcoming' });
    await upcoming.getByTestId('booking-row').filter({ hasText: 'Grace Hopper' }).waitFor();

    // A booking made while the screen is open appears without a reload.
    const second = await book('Alan Turing', 4);
    await upcoming.getByTestId('booking-row').filter({ hasText: 'Alan Turing' }).waitFor();
    await saveScreenshot(page, 'console-bookings-1280');
    expect(await seriousAxeViolations(page)).toEqual([]);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = readFileSync((await csvDownload.path()) as string, 'utf8');
    const [header, ...lines] = csv.split('\r\n');
    expect(header?.split(',').slice(0, 5)).toEqual(['id', 'status', 'service', 'outcome', 'start_utc']);
    const firstLine = lines.find((line) => line.startsWith(`${first.bookingId},`))?.split(',');
    expect([firstLine?.[1], firstLine?.[4]]).toEqual(['confirmed', new Date(first.start).toISOString()]);
    expect(csv).toContain('Alan Turing');

    const [icsDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export calendar (.ics)' }).click(),
    ]);
    const ics = readFileSync((await icsDownload.path()) as string, 'utf8');
    expect(ics).toContain(`UID:${first.bookingId}@frontdesk`);
    expect(ics).toContain(`UID:${second.bookingId}@frontdesk`);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);

    // Cancel the first booking: after confirming, it moves to the past list as cancelled.
    page.once('dialog', (dialog) => void dialog.accept());
    await upcoming.getByRole('button', { name: /^Cancel booking: Grace Hopper/ }).click();
    await page.getByRole('status').filter({ hasText: 'Booking cancelled.' }).waitFor({ timeout: 20_000 });
    await page
      .getByRole('region', { name: 'Past and cancelled' })
      .getByTestId('booking-row')
      .filter({ hasText: 'Grace Hopper' })
      .filter({ hasText: 'Cancelled' })
      .waitFor();
    expect(await upcoming.getByTestId('booking-row').count()).toBe(1);
    expect((await db.doc(`bots/${team.botId}/bookings/${first.bookingId}`).get()).get('status')).toBe('cancelled');

    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, 'console-bookings-390');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('saves weekly hours, closed dates and lengths from the availability editor', async () => {
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/bookings`);
    const editor = page.getByRole('form', { name: 'Availability' });
    await editor.getByLabel('Slot length (minutes)').waitFor();
    // Monday: replace round-the-clock hours with 08:00–12:00.
    await editor.getByRole('button', { name: /^Remove: Monday/ }).click();
    await editor.getByRole('button', { name: 'Add hours: Monday' }).click();
    await editor.getByLabel('Monday 1: From').fill('08:00');
    await editor.getByLabel('Monday 1: To').fill('12:00');
    await editor.getByLabel('Bookable lengths (minutes, comma-separated)').fill('30, 45');
    await editor.getByLabel('Date', { exact: true }).fill('2026-12-24');
    await editor.getByRole('button', { name: 'Add closed date' }).click();
    await editor.getByRole('button', { name: 'Save availability' }).click();
    await editor.getByRole('status').filter({ hasText: 'Saved.' }).waitFor({ timeout: 20_000 });
    const stored = (await db.doc(`bots/${team.botId}/private/availability`).get()).data();
    expect(stored?.weekly.mon).toEqual([{ start: '08:00', end: '12:00' }]);
    expect(stored?.durationsMinutes).toEqual([30, 45]);
    expect(stored?.closedDates).toContain('2026-12-24');

    // An invalid value is explained next to its field and nothing is saved.
    await editor.getByLabel('Slot length (minutes)').fill('7');
    await editor.getByRole('button', { name: 'Save availability' }).click();
    await editor.getByText('Must be a multiple of 5 minutes.').waitFor();
    await editor.getByRole('alert').filter({ hasText: 'Please correct the highlighted fields.' }).waitFor();
    expect((await db.doc(`bots/${team.botId}/private/availability`).get()).get('slotMinutes')).toBe(30);
    await page.close();
  });
});
