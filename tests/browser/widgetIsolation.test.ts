import { describe, expect, it } from 'vitest';
import { saveScreenshot } from '../support/browser.ts';
import { fakeModel } from '../support/fakeModel.ts';
import { uniqueId } from '../support/uniqueId.ts';
import {
  lastReply,
  openChat,
  pageWithWidget,
  sendMessage,
  useTestSite,
  viewports,
  visit,
  waitForReply,
} from '../support/widgetSite.ts';

/** A host page that styles everything it can reach, with class names the widget also uses. */
const aggressivePage = pageWithWidget({
  head: `<style>
* { font: italic 40px/3 "Comic Sans MS", cursive !important; color: red !important; background: yellow !important;
    border: 6px dashed red !important; margin: 12px !important; padding: 12px !important; box-sizing: content-box !important;
    letter-spacing: 4px !important; text-transform: uppercase !important; }
* { position: static !important; z-index: 1 !important; visibility: hidden !important; opacity: .5 !important; }
html, body, main, header, p { visibility: visible !important; opacity: 1 !important; }
button, textarea, section, div, p, span, svg { display: none !important; width: 3px !important; height: 3px !important; }
frontdesk-widget { display: none !important; width: 0 !important; height: 0 !important; transform: rotate(45deg) !important;
  inset: 0 !important; filter: blur(4px) !important; }
.panel, .launcher, .bubble, .header, .composer { display: none !important; }
header.site { position: fixed !important; top: 0; left: 0; right: 0; height: 120px; z-index: 99999 !important; }
</style>`,
  body: `<header class="site">Site header</header><main><p class="panel" id="host-panel">A host element named panel.</p>
<p class="bubble" id="host-bubble">A host element named bubble.</p></main>`,
});

const env = useTestSite({ '/aggressive': aggressivePage });

describe('isolation', () => {
  it('looks the same on a page with an aggressive stylesheet, and leaves the page alone', async () => {
    const page = await visit(env.browser, `${env.site.url}aggressive`);
    const launcher = page.getByRole('button', { name: 'Open chat' });
    await launcher.waitFor();
    expect(await launcher.boundingBox()).toEqual({
      x: viewports.desktop.width - 20 - 56,
      y: viewports.desktop.height - 20 - 56,
      width: 56,
      height: 56,
    });
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 118, 110)');

    await openChat(page);
    const panel = page.getByTestId('panel');
    const box = await panel.boundingBox();
    expect(box).toMatchObject({ width: 380, height: 640 });
    const welcome = page.getByTestId('welcome');
    const style = await welcome.evaluate((el) => {
      const css = getComputedStyle(el);
      return { size: css.fontSize, style: css.fontStyle, transform: css.textTransform, color: css.color };
    });
    expect(style).toEqual({ size: '15px', style: 'normal', transform: 'none', color: 'rgb(17, 24, 39)' });
    // Above the page's fixed header, whose z-index is 99999: the panel's top edge is what the visitor sees.
    const topHit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x as number, y as number)?.tagName,
      [(box?.x ?? 0) + 100, (box?.y ?? 0) + 10],
    );
    expect(topHit).toBe('FRONTDESK-WIDGET');

    // The widget's CSS does not reach the page's own elements of the same class names.
    const hostPanel = await page.locator('#host-panel').evaluate((el) => getComputedStyle(el).display);
    expect(hostPanel).toBe('none'); // the page's own rule, untouched by the widget's `.panel`
    await saveScreenshot(page, 'widget-aggressive-host-css');
    await page.context().close();
  });

  it('works on a page with a strict Content-Security-Policy', async () => {
    const marker = uniqueId('csp');
    await fakeModel.script({ match: marker, text: 'Works under **strict CSP**.' });
    // Both listeners are in place before the page's first script, so the loader's own start is watched too.
    const context = await env.browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`Refused to load (securitypolicyviolation): ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    await page.goto(`${env.site.url}strict-csp`);
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

    await openChat(page);
    // The component styles of the chat bundle apply too (constructable stylesheet adopted after loading).
    const headerClose = page.getByTestId('panel').getByRole('button', { name: 'Close chat' });
    expect(await headerClose.evaluate((el) => getComputedStyle(el).width)).toBe('40px');
    await sendMessage(page, `${marker} hi`);
    await waitForReply(page);
    expect(await lastReply(page).innerText()).toBe('Works under strict CSP.');
    expect(await page.getByTestId('welcome').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(241, 245, 249)',
    );
    await saveScreenshot(page, 'widget-strict-csp');
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
