/** One dependency's state: whether it answered, how long it took, and why not (an error code, never a value). */
export interface DependencyHealth {
  state: 'ok' | 'failing';
  latencyMs: number;
  error?: string;
}

export interface HealthReport {
  status: 'ok' | 'failing';
  checks: Record<string, DependencyHealth>;
}

/**
 * Runs every check at once, each timed and bounded by `timeoutMs`, and answers the report with its HTTP status:
 * 200 when every dependency is ok, 503 when any fails. A failure is named by the error's code or class, not its
 * message, so no configuration value or document content can leak through a public endpoint.
 */
export async function runHealthChecks(
  checks: Record<string, () => Promise<void>>,
  options: { timeoutMs: number; clock?: () => number },
): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  const clock = options.clock ?? (() => performance.now());
  const entries = await Promise.all(
    Object.entries(checks).map(async ([name, check]): Promise<[string, DependencyHealth]> => {
      const startedAt = clock();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'timeout' })), options.timeoutMs);
      });
      try {
        await Promise.race([check(), timeout]);
        return [name, { state: 'ok', latencyMs: Math.round(clock() - startedAt) }];
      } catch (error) {
        return [name, { state: 'failing', latencyMs: Math.round(clock() - startedAt), error: errorName(error) }];
      } finally {
        clearTimeout(timer);
      }
    }),
  );
  const failing = entries.some(([, health]) => health.state === 'failing');
  return {
    httpStatus: failing ? 503 : 200,
    report: { status: failing ? 'failing' : 'ok', checks: Object.fromEntries(entries) },
  };
}

function errorName(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' || typeof code === 'number')
    return String(code)
      .replace(/[^\w.-]/g, '')
      .slice(0, 40);
  return error instanceof Error ? error.name : 'error';
}
