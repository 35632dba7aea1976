import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { localConfig } from '../localConfig.ts';
import { demoKnowledgePages, demoSitemap } from './demoKnowledgePages.ts';
import { demoPage } from './demoPage.ts';
import { siteCss, strictCsp, strictCspPage, withTrustedTypes } from './strictCspPage.ts';

export interface ExtraPage {
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * Serves the demo page on its own origin, so the widget runs cross-origin as on a real customer site, and
 * the same page under a strict Content-Security-Policy at `/strict-csp`, and under that policy enforcing Trusted
 * Types with the widget's policy allowed at `/trusted-types`. Tests may add pages of their own.
 * Port 0 picks a free port.
 */
export async function startDemoSite(options: {
  host: string;
  port: number;
  widgetUrl: string;
  botId: string;
  extraPages?: Record<string, ExtraPage>;
}) {
  const { host, ports } = localConfig;
  const csp = strictCsp({
    widgetUrl: options.widgetUrl,
    // The emulators the widget's emulator build talks to; in production these are the Firebase hosts (README).
    connectOrigins: [ports.auth, ports.firestore, ports.functions].map((port) => `http://${host}:${port}`),
  });
  const pages: Record<string, ExtraPage> = {
    '/': { body: demoPage(options) },
    '/strict-csp': { body: strictCspPage(options), headers: { 'content-security-policy': csp } },
    '/trusted-types': {
      body: strictCspPage(options),
      headers: { 'content-security-policy': withTrustedTypes(csp, 'frontdesk') },
    },
    '/site.css': { body: siteCss, contentType: 'text/css; charset=utf-8' },
    // The practice's pages the demo bot knows (seedDemo): the emulators may fetch loopback.
    ...Object.fromEntries(Object.entries(demoKnowledgePages).map(([path, body]) => [path, { body }])),
    ...options.extraPages,
  };
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.contentType ?? 'text/html; charset=utf-8', ...page.headers });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host}:${port}/`;
  pages['/sitemap.xml'] ??= { body: demoSitemap(url.slice(0, -1)), contentType: 'application/xml' };
  return {
    url,
    /** The strict page's policy, for tests that serve variants of it. */
    csp,
    /** Adds or replaces a page while the site runs. */
    setPage: (path: string, page: ExtraPage) => {
      pages[path] = page;
      return new URL(path, url).href;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
