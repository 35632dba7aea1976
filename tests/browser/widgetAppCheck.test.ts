import { describe, expect, it } from 'vitest';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';
import { openChat, sendMessage, useTestSite, visit, waitForReply } from '../support/widgetSite.ts';

const env = useTestSite();

const payloadOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { sub?: string };

/**
 * The emulated tests run with APP_CHECK=enforce, so every visitor call of the widget must carry a token. The
 * emulator build gets it from its local provider through the same lazily loaded App Check SDK a site key
 * build uses with reCAPTCHA Enterprise.
 */
describe('widget and App Check (APP_CHECK=enforce)', () => {
  it('sends an App Check token with its calls, and is answered', async () => {
    const marker = uniqueId('appcheck');
    await fakeModel.script({ match: marker, text: 'Verified and answered.' });
    const page = await visit(env.browser, env.site.url);
    await openChat(page);
    const call = page.waitForRequest(
      (request) => request.url().endsWith('/sendMessage') && !!request.postData()?.includes(marker),
    );
    await sendMessage(page, `${marker} hello`);

    const token = (await call).headers()['x-firebase-appcheck'] ?? '';
    expect(payloadOf(token).sub).toMatch(/^1:\d+:web:/);
    expect(await (await waitForReply(page)).innerText()).toContain('Verified and answered.');
    await page.context().close();
  });

  it('still sends the call when App Check cannot load, and shows why it was refused', async () => {
    const page = await visit(env.browser, env.site.url);
    await page.context().route('**/frontdesk-startAppCheck-*.js', (route) => route.abort());
    await openChat(page);
    const call = page.waitForRequest(
      (request) => request.url().endsWith('/sendMessage') && !!request.postData()?.includes('Hello without a token'),
    );
    await sendMessage(page, 'Hello without a token');

    expect((await call).headers()['x-firebase-appcheck']).toBeUndefined();
    await expect
      .poll(() => page.getByTestId('panel').innerText())
      .toContain('This chat could not verify this page. Please reload the page and try again.');
    await page.context().close();
  });
});
