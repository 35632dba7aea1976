import { fetchSignInLinks } from './fetchSignInLinks.ts';

/**
 * Under `npm start`: prints every new console sign-in link in the terminal, as there is no real mail for
 * email-link sign-in in the emulator. Polls once a second; returns a function that stops it.
 */
export function printSignInLinks(print: (line: string) => void = console.log): () => void {
  const seen = new Set<string>();
  let stopped = false;
  let first = true;
  async function poll() {
    try {
      for (const link of await fetchSignInLinks()) {
        if (seen.has(link.oobCode)) continue;
        seen.add(link.oobCode);
        // Links issued before this start (a reused emulator) are remembered, not printed.
        if (!first) print(`\nSign-in link for ${link.email}:\n  ${link.oobLink}\n`);
      }
      first = false;
    } catch {
      // The emulator is stopping or restarting; the next poll tries again.
    }
    if (!stopped) timer = setTimeout(poll, 1_000);
  }
  let timer = setTimeout(poll, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
