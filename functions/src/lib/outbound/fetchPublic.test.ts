import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPublicUrl } from './assertPublicUrl.ts';
import { fetchPublic } from './fetchPublic.ts';

let server: Server;
let base: string;
const limits = { allowLoopback: true, timeoutMs: 2000, maxBytes: 1000, maxRedirects: 2 };

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/page') return res.end('<h1>Hello</h1>');
    if (req.url === '/huge') return res.end('x'.repeat(5000));
    if (req.url === '/to-page') return res.writeHead(302, { location: '/page' }).end();
    if (req.url === '/to-metadata') return res.writeHead(302, { location: 'http://169.254.169.254/latest' }).end();
    if (req.url === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 5000);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchPublic', () => {
  it('fetches from loopback only when allowed (the emulators), following redirects', async () => {
    const response = await fetchPublic(`${base}/to-page`, limits);
    expect(response.body.toString()).toBe('<h1>Hello</h1>');
    expect(response.url.pathname).toBe('/page');
    await expect(fetchPublic(`${base}/page`, { ...limits, allowLoopback: false })).rejects.toMatchObject({
      code: 'private_address',
    });
  });

  it('re-checks every redirect hop: a public page cannot bounce the request to the metadata address', async () => {
    await expect(fetchPublic(`${base}/to-metadata`, limits)).rejects.toMatchObject({ code: 'private_address' });
  });

  it('stops at the byte limit, the redirect limit and the deadline', async () => {
    await expect(fetchPublic(`${base}/huge`, limits)).rejects.toMatchObject({ code: 'too_large' });
    await expect(fetchPublic(`${base}/loop`, limits)).rejects.toMatchObject({ code: 'too_many_redirects' });
    await expect(fetchPublic(`${base}/slow`, { ...limits, timeoutMs: 200 })).rejects.toMatchObject({
      code: 'timeout',
    });
  });

  it('refuses private, credentialed and non-https addresses before connecting', async () => {
    const production = { allowLoopback: false };
    await expect(assertPublicUrl('http://10.0.0.5/', production)).rejects.toMatchObject({ code: 'private_address' });
    await expect(assertPublicUrl('https://[::ffff:127.0.0.1]/', production)).rejects.toMatchObject({
      code: 'private_address',
    });
    await expect(assertPublicUrl('http://8.8.8.8/', production)).rejects.toMatchObject({ code: 'not_https' });
    await expect(assertPublicUrl('https://user:pw@8.8.8.8/', production)).rejects.toMatchObject({
      code: 'invalid_url',
    });
    await expect(assertPublicUrl('ftp://8.8.8.8/', production)).rejects.toMatchObject({ code: 'invalid_url' });
    expect((await assertPublicUrl('https://8.8.8.8/a', production)).href).toBe('https://8.8.8.8/a');
  });
});
