import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoPage } from './demoPage.ts';

/**
 * Serves the demo page on its own origin, so the widget runs cross-origin as on a real customer site.
 * Port 0 picks a free port.
 */
export async function startDemoSite(options: { host: string; port: number; widgetUrl: string; botId: string }) {
  const html = demoPage(options);
  const server = createServer((req, res) => {
    if (req.url === '/' || req.url?.startsWith('/?')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(options.port, options.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
