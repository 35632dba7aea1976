/**
 * How long to wait before the one retry after a provider's 429, from its `retry-after` header (seconds or
 * an HTTP date). `null` means do not retry: the wait is longer than `maxWaitMs`, so the visitor is better
 * served by a quick error. No header: a short default wait.
 */
export function rateLimitRetryDelay(
  retryAfter: string | null,
  options: { now: number; maxWaitMs: number },
): number | null {
  const DEFAULT_WAIT_MS = 1_000;
  let waitMs = DEFAULT_WAIT_MS;
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) waitMs = Math.max(0, seconds * 1000);
    else {
      const at = Date.parse(retryAfter);
      if (Number.isNaN(at)) return null;
      waitMs = Math.max(0, at - options.now);
    }
  }
  return waitMs <= options.maxWaitMs ? waitMs : null;
}
