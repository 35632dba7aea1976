import { createSignal } from 'solid-js';

/**
 * Hash routing (`#/t/{tenantId}/conversations`): Firebase Hosting serves the console as static files
 * with no rewrite, and every screen still has a shareable, reloadable address.
 */
function readHash(): string[] {
  const [path = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return path.split('/').filter(Boolean).map(decodeURIComponent);
}

const [segments, setSegments] = createSignal(readHash());
window.addEventListener('hashchange', () => setSegments(readHash()));

/** The current route as path segments, e.g. `['t', 'acme', 'b', 'bot1', 'conversations']`. */
export const routeSegments = segments;

/** Builds an href for a route; segments are encoded. */
export function href(...parts: string[]): string {
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** Navigates to a route (adds a history entry, like a link). */
export function navigate(...parts: string[]): void {
  location.hash = href(...parts).slice(1);
}
