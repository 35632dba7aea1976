import type { Browser, Page } from 'playwright-core';
import { urls } from '../../dev/src/localConfig.ts';
import { signInLinkFor } from './signInLink.ts';

export const consoleUrl = `${urls.hosting}/`;

/**
 * Signs in to the console in a real browser as a person would: asks for the email link, reads it from the
 * Auth emulator (where `npm start` reads it too) and opens it in the same tab.
 */
export async function signInToConsole(
  browser: Browser,
  email: string,
  viewport = { width: 1280, height: 860 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(consoleUrl);
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.getByText(`We sent a sign-in link to ${email}`).waitFor();
  await page.goto(await signInLinkFor(email));
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}
