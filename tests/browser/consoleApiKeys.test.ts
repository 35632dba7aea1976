import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../support/apiKey.ts';
import { seriousAxeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { consoleUrl, signInToConsole } from '../support/consoleSession.ts';
import { type ConsoleTenant, seedConsoleTenant } from '../support/consoleTenant.ts';

let browser: Browser;
let team: ConsoleTenant;

beforeAll(async () => {
  team = await seedConsoleTenant({ name: 'Keyholders', otherRoles: ['agent'] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('API keys in the console', () => {
  it('an owner makes a key that is shown once and works, sees it listed, and revokes it at once', async () => {
    const page = await signInToConsole(browser, team.owner.email);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/settings`);
    const section = page.getByTestId('api-keys');
    await section.getByText('No API keys yet.').waitFor();
    await section.getByLabel('Key name').fill('CRM');
    await section.getByRole('button', { name: 'Create key' }).click();
    const key = (await section.getByTestId('new-api-key').textContent()) ?? '';
    expect(key).toMatch(/^fdk_[A-Za-z0-9]+_[A-Za-z0-9_-]{43}$/);
    const row = section.getByTestId('api-key-row');
    await row.getByText('CRM', { exact: true }).waitFor();
    expect(await row.textContent()).toContain(`${key.split('_').slice(0, 2).join('_')}…`);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // The key reads the API until it is revoked, then from its next request on it does not.
    await expect(apiClient(key).transcript('none')).rejects.toMatchObject({ status: 404 });
    await row.getByRole('button', { name: 'Revoke the key CRM' }).click();
    await section.getByText('The key CRM is revoked; requests with it are refused from now on.').waitFor();
    await row.getByText(/Revoked/).waitFor();
    await expect(apiClient(key).transcript('none')).rejects.toMatchObject({ status: 401 });
    // Left and opened again, the key is not shown any more: only its hash is stored.
    await page.reload();
    await row.getByText('CRM', { exact: true }).waitFor();
    expect(await section.getByTestId('new-api-key').count()).toBe(0);
    await page.close();
  });

  it('an agent does not see the keys', async () => {
    const page = await signInToConsole(browser, team.members.agent?.email as string);
    await page.goto(`${consoleUrl}#/t/${team.tenantId}/b/${team.botId}/settings`);
    await page.getByText('Your role may view but not change bot settings.').waitFor();
    expect(await page.getByTestId('api-keys').count()).toBe(0);
    await page.close();
  });
});
