import { paths } from '@frontdesk/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PLATFORM_ADMIN_EMAIL } from '../../dev/src/seed/seedDemo.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { launchChromium, saveScreenshot } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';
import { db } from '../support/db.ts';
import { freshEmail } from '../support/team.ts';

let browser: Browser;
let team: ConsoleTenant;

beforeAll(async () => {
  team = await seedConsoleTenant({ name: 'Northside Vets', otherRoles: ['admin', 'agent'] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Screenshots at both widths and an axe-core run at each; returns the serious or critical findings. */
async function checkScreen(page: Page, name: string) {
  const findings = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 1280 ? 860 : 844 });
    await saveScreenshot(page, `console-${name}-${width}`);
    findings.push(...(await seriousAxeViolations(page)).map((finding) => ({ width, ...finding })));
  }
  await page.setViewportSize({ width: 1280, height: 860 });
  return findings;
}

describe('console screens', () => {
  it('sign-in screen passes axe at both widths', async () => {
    const page = await browser.newPage();
    await page.goto(consoleUrl);
    await page.getByRole('heading', { name: 'Sign in to Frontdesk' }).waitFor();
    expect(await checkScreen(page, 'sign-in')).toEqual([]);
    await page.close();
  });

  it('owner: bots, bot settings, team (invite, change role), usage and retention', async () => {
    const page = await signInToConsole(browser, team.owner.email);
    const base = `${consoleUrl}#/t/${team.tenantId}`;

    await page.goto(`${base}/bots`);
    await page.getByRole('heading', { name: 'Harbour desk' }).waitFor();
    expect(await checkScreen(page, 'bots')).toEqual([]);

    await page.goto(`${base}/b/${team.botId}/settings`);
    await page.getByRole('heading', { name: 'Bot settings: Harbour desk' }).waitFor();
    // A bad origin is explained at its line and nothing is saved; a good list saves.
    const origins = page.getByLabel('Allowed sites (one origin per line)');
    await origins.fill('https://northside.example\nnot-a-site');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText(/^Line 2: Enter an origin/).waitFor();
    await origins.fill('https://northside.example\nhttps://*.northside.example');
    await page.getByLabel('Instructions for the AI (system prompt)').fill('You are the front desk of Northside Vets.');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page
      .getByRole('form', { name: 'Model and instructions' })
      .getByRole('status')
      .filter({ hasText: 'Saved.' })
      .waitFor({ timeout: 20_000 });
    const settings = (await db.doc(paths.botSettings(team.botId)).get()).data();
    expect(settings?.allowedOrigins).toEqual(['https://northside.example', 'https://*.northside.example']);
    expect(settings?.systemPrompt).toBe('You are the front desk of Northside Vets.');
    // Deactivate and activate again.
    await page.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await page.getByRole('button', { name: 'Activate', exact: true }).waitFor({ timeout: 20_000 });
    expect((await db.doc(paths.bot(team.botId)).get()).get('active')).toBe(false);
    await page.getByRole('button', { name: 'Activate', exact: true }).click();
    await page.getByRole('button', { name: 'Deactivate', exact: true }).waitFor({ timeout: 20_000 });
    expect(await checkScreen(page, 'bot-settings')).toEqual([]);

    await page.goto(`${base}/team`);
    await page.getByRole('heading', { name: 'Team', level: 1 }).waitFor();
    await page.getByTestId('member-row').nth(2).waitFor();
    const invitee = freshEmail('invitee');
    await page.getByLabel('Email address').fill(invitee);
    await page.getByLabel('Role', { exact: true }).selectOption('admin');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`${invitee} is invited`).waitFor({ timeout: 20_000 });
    expect((await db.doc(`${paths.invites(team.tenantId)}/${invitee}`).get()).get('role')).toBe('admin');
    // A second invitation, withdrawn again: it leaves the list and Firestore; the first one stays.
    const withdrawn = freshEmail('withdrawn');
    await page.getByLabel('Email address').fill(withdrawn);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByTestId('invite-row').filter({ hasText: withdrawn }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: `Withdraw the invitation of ${withdrawn}` }).click();
    await page.getByText(`The invitation of ${withdrawn} is withdrawn.`).waitFor({ timeout: 20_000 });
    await page.getByTestId('invite-row').filter({ hasText: withdrawn }).waitFor({ state: 'detached' });
    expect((await db.doc(`${paths.invites(team.tenantId)}/${withdrawn}`).get()).exists).toBe(false);
    expect(await page.getByTestId('invite-row').filter({ hasText: invitee }).count()).toBe(1);
    // Make the agent an admin.
    const agentEmail = team.members.agent?.email as string;
    await page.getByLabel(`Role of ${agentEmail}`).selectOption('admin');
    await expect
      .poll(async () => (await db.doc(paths.tenant(team.tenantId)).get()).get(`members.${team.members.agent?.uid}`), {
        timeout: 20_000,
      })
      .toBe('admin');
    // The last owner cannot be demoted: the typed reason is shown.
    await page.getByLabel(`Role of ${team.owner.email}`).selectOption('agent');
    await page
      .getByRole('alert')
      .filter({ hasText: 'A business must keep at least one owner.' })
      .waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByLabel(`Role of ${team.owner.email}`).inputValue()).toBe('owner');
    expect(await checkScreen(page, 'team')).toEqual([]);

    // Usage: the sharded daily counters, summed per day.
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await Promise.all([
      db
        .doc(`${paths.usageDays(team.tenantId)}/${today}-0`)
        .set({ day: today, conversations: 2, messages: 7, bookings: 1, promptTokens: 900, completionTokens: 100 }),
      db
        .doc(`${paths.usageDays(team.tenantId)}/${today}-3`)
        .set({ day: today, conversations: 1, messages: 4, promptTokens: 500, completionTokens: 60 }),
      db.doc(`${paths.usageDays(team.tenantId)}/${yesterday}-1`).set({ day: yesterday, messages: 5, bookings: 2 }),
    ]);
    await page.goto(`${base}/usage`);
    await expect.poll(() => page.getByTestId('usage-total-messages').innerText()).toBe('16');
    expect(await page.getByTestId('usage-total-conversations').innerText()).toBe('3');
    expect(await page.getByTestId('usage-total-bookings').innerText()).toBe('3');
    expect(await page.getByTestId('usage-total-tokens').innerText()).toBe('1,560');
    expect(await page.getByTestId('usage-chart').getAttribute('role')).toBe('img');
    await page.getByText('Show as a table').click();
    await page.getByRole('rowheader', { name: today }).waitFor();
    expect(await checkScreen(page, 'usage')).toEqual([]);

    await page.goto(`${base}/data`);
    await page.getByLabel('Days to keep conversations').fill('90');
    // Bookings always expire: the field shows the default until the owner sets a period.
    expect(await page.getByLabel('Days to keep bookings after the appointment').inputValue()).toBe('365');
    await page.getByLabel('Days to keep bookings after the appointment').fill('400');
    await page.getByRole('button', { name: 'Save retention' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await db.doc(paths.tenant(team.tenantId)).get()).get('retentionDays')).toBe(90);
    expect((await db.doc(paths.tenant(team.tenantId)).get()).get('bookingRetentionDays')).toBe(400);
    expect(await checkScreen(page, 'data')).toEqual([]);
    await page.close();
  });

  it('agent: sees conversations and bookings but no controls their role may not use', async () => {
    const agent = await seedConsoleTenant({ name: 'Agent view', otherRoles: ['agent'] });
    const page = await signInToConsole(browser, agent.members.agent?.email as string);
    await page.goto(`${consoleUrl}#/t/${agent.tenantId}/b/${agent.botId}/settings`);
    await page.getByText('Your role may view but not change bot settings.').waitFor();
    expect(await page.getByRole('button', { name: 'Save appearance' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Deactivate', exact: true }).count()).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link', { name: 'Data and retention' }).count()).toBe(0);
    await page.goto(`${consoleUrl}#/t/${agent.tenantId}/team`);
    await page.getByText('Only owners change the team.').waitFor();
    expect(await page.getByRole('button', { name: 'Send invitation' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Role of/ }).count()).toBe(0);
    await page.close();
  });

  it('speaks German to a German browser, and keeps the language a person picks', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 860 } });
    const signInPage = await context.newPage();
    await signInPage.goto(consoleUrl);
    await signInPage.getByRole('heading', { name: 'Bei Frontdesk anmelden' }).waitFor();
    expect(await signInPage.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await signInPage.getByLabel('Sprache').inputValue()).toBe('de');
    expect(await checkScreen(signInPage, 'sign-in-de')).toEqual([]);
    await signInPage.getByLabel('Sprache').selectOption('en');
    await signInPage.getByRole('heading', { name: 'Sign in to Frontdesk' }).waitFor();
    await signInPage.reload();
    await signInPage.getByRole('heading', { name: 'Sign in to Frontdesk' }).waitFor();
    await context.close();

    // Signed in (in English), a person switches to German: every screen follows.
    const page = await signInToConsole(browser, team.members.agent?.email as string);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/bookings`);
    await page.getByRole('heading', { name: 'Bookings', level: 1 }).waitFor();
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { name: 'Buchungen', level: 1 }).waitFor();
    expect(await page.getByLabel('Sprache').inputValue()).toBe('de');
    await page.getByRole('heading', { name: 'Wöchentliche Öffnungszeiten' }).waitFor();
    expect(await checkScreen(page, 'bookings-de')).toEqual([]);
    await page.close();
  });

  it('says what is wrong with a value in German, whether the form or the server finds it', async () => {
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/settings`);
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { name: 'Bot-Einstellungen: Harbour desk' }).waitFor();
    await page.getByLabel('Erlaubte Websites (ein Origin pro Zeile)').fill('https://northside.example\nnot-a-site');
    await page.getByLabel('Längste Antwort (Tokens)').fill('20000');
    await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
    await page
      .getByText('Zeile 2: Bitte einen Origin wie https://example.com oder https://*.example.com ohne Pfad eingeben.')
      .waitFor();
    await page.getByText('Höchstens 16.384.').waitFor();
    await saveScreenshot(page, 'console-validation-de-1280');

    // The browser lets "kim@localhost" through as an email address; the server does not, and says so in German.
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/team`);
    await page.getByLabel('E-Mail-Adresse').fill('kim@localhost');
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Bitte eine E-Mail-Adresse wie name@example.com eingeben.' })
      .waitFor();
    expect((await db.collection(paths.invites(team.tenantId)).get()).docs.map((doc) => doc.id)).not.toContain(
      'kim@localhost',
    );
    await page.close();
  });

  it('platform admin: lists tenants and suspends and restores a bot', async () => {
    const page = await signInToConsole(browser, DEMO_PLATFORM_ADMIN_EMAIL);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Platform admin' }).click();
    await page.getByRole('heading', { name: 'Platform admin' }).waitFor();
    const suspend = page.getByRole('button', { name: 'Suspend: Harbour desk' }).first();
    await suspend.waitFor({ timeout: 20_000 });
    expect(await checkScreen(page, 'platform-admin')).toEqual([]);

    const row = page.getByTestId('admin-bot-row').filter({ hasText: 'Northside Vets' });
    await row.getByRole('button', { name: 'Suspend: Harbour desk' }).click();
    await row.getByRole('button', { name: 'Lift suspension: Harbour desk' }).waitFor({ timeout: 20_000 });
    expect((await db.doc(paths.bot(team.botId)).get()).get('suspended')).toBe(true);
    await row.getByRole('button', { name: 'Lift suspension: Harbour desk' }).click();
    await row.getByRole('button', { name: 'Suspend: Harbour desk' }).waitFor({ timeout: 20_000 });
    expect((await db.doc(paths.bot(team.botId)).get()).get('suspended')).toBe(false);
    await page.close();
  });

  it('onboarding screen passes axe at both widths', async () => {
    const page = await signInToConsole(browser, freshEmail('newcomer'));
    await page.getByRole('heading', { name: 'Set up your front desk' }).waitFor();
    expect(await checkScreen(page, 'onboarding')).toEqual([]);
    await page.close();
  });
});
