const cleanups: Array<() => Promise<void> | void> = [];
let installed = false;
let shuttingDown = false;

/**
 * Runs `cleanup` (newest first) when the process is asked to stop (Ctrl-C, SIGTERM, SIGHUP), then exits.
 * Processes started in their own process group must register here, or they would outlive us.
 */
export function onShutdown(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, async () => {
      if (shuttingDown) return;
      shuttingDown = true;
      for (const fn of [...cleanups].reverse()) await Promise.resolve(fn()).catch(() => undefined);
      process.exit(130);
    });
  }
}
