/**
 * Rate limits count in fixed windows aligned to the epoch on the server's clock (this machine's). A test that
 * must stay inside one window (an hour, a UTC day) waits here when the current one is about to end.
 */
export async function awaitFreshWindow(windowMs: number, neededMs: number): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
