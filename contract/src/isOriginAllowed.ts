/**
 * Whether a page origin may use a bot. `patterns` holds exact origins and `https://*.example.com`
 * wildcards (any subdomain, not the apex); an empty list allows every origin. Loopback origins
 * (`http://localhost:*`, `http://127.0.0.1:*`) pass only in the emulator. A missing Origin header
 * (not a browser) passes only when the list is empty.
 */
export function isOriginAllowed(
  origin: string | undefined,
  patterns: string[],
  options: { emulator: boolean },
): boolean {
  if (patterns.length === 0) return true;
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (options.emulator && url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) {
    return true;
  }
  const normalized = url.origin;
  return patterns.some((pattern) => {
    if (!pattern.includes('*.')) return pattern.toLowerCase() === normalized;
    const [scheme, rest] = pattern.toLowerCase().split('://*.') as [string, string];
    const suffix = `.${rest}`;
    return `${url.protocol}` === `${scheme}:` && `${url.host}`.endsWith(suffix) && url.host.length > suffix.length;
  });
}
