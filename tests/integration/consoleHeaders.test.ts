import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot, urls } from '../../dev/src/localConfig.ts';

/** The hosted console's security headers, as the Hosting emulator serves them from firebase.json. */

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${urls.hosting}${path}`, { headers });

/** `default-src 'self'; …` as a map of directive → sources. */
function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** Every script in the hosting folder (console bundle, widget loader and chunks) by its URL path. */
function hostedScripts(dir = `${repoRoot}dist/hosting`, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return hostedScripts(`${dir}/${entry.name}`, `${prefix}/${entry.name}`);
    return entry.name.endsWith('.js') ? [`${prefix}/${entry.name}`] : [];
  });
}

describe('security headers of the hosted console', () => {
  it('send a strict Content-Security-Policy and the other hardening headers with the console page', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    // Firebase Auth and Firestore (*.googleapis.com), callables, and the emulators on loopback.
    expect(csp['connect-src']).toEqual(
      expect.arrayContaining(['https://*.googleapis.com', 'https://*.cloudfunctions.net', 'http://127.0.0.1:*']),
    );
    expect(Object.values(csp).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");

    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('permissions-policy')).toContain('microphone=()');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=31536000; includeSubDomains$/);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('lets only the console itself frame the widget preview page', async () => {
    const response = await get('/preview.html');
    expect(directives(response.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'self'"]);
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('keeps the widget script and every other script loadable from any site', async () => {
    const scripts = hostedScripts();
    expect(scripts).toContain('/frontdesk.js');
    for (const path of scripts) {
      const response = await get(path, { origin: 'https://shop.example.com' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/javascript/);
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(response.headers.get('cross-origin-resource-policy'), path).toBe('cross-origin');
    }
    expect((await get('/frontdesk.js')).headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('still routes /cancel to the cancel page function', async () => {
    const response = await get('/cancel');
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('This link is incomplete');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
