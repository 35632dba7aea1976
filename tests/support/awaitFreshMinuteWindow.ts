/**
 * Rate limits count in fixed one-minute windows of the server's clock (this machine's). A test that must
 * stay inside one window waits here when the current minute is about to end.
 */
export async function awaitFreshMinuteWindow(neededMs = 20_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < neededMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
