import { describe, expect, it } from 'vitest';
import { runHealthChecks } from './runHealthChecks.ts';

const ticking = () => {
  let now = 0;
  return () => {
    now += 5;
    return now;
  };
};

describe('runHealthChecks', () => {
  it('answers 200 with each dependency ok and its latency', async () => {
    const result = await runHealthChecks({ firestore: async () => {} }, { timeoutMs: 1_000, clock: ticking() });
    expect(result).toEqual({
      httpStatus: 200,
      report: { status: 'ok', checks: { firestore: { state: 'ok', latencyMs: 5 } } },
    });
  });

  it('answers 503 when one fails, naming its error code and never its message', async () => {
    const secret = 'smtps://user:hunter2@mail.example.com';
    const result = await runHealthChecks(
      {
        firestore: async () => {},
        config: async () => {
          throw Object.assign(new Error(`cannot parse ${secret}`), { code: 'missing_config' });
        },
        smtp: async () => {
          throw new TypeError(secret);
        },
      },
      { timeoutMs: 1_000 },
    );
    expect(result.httpStatus).toBe(503);
    expect(result.report.status).toBe('failing');
    expect(result.report.checks.config).toMatchObject({ state: 'failing', error: 'missing_config' });
    expect(result.report.checks.smtp).toMatchObject({ state: 'failing', error: 'TypeError' });
    expect(result.report.checks.firestore?.state).toBe('ok');
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('fails a dependency that does not answer in time', async () => {
    const result = await runHealthChecks({ firestore: () => new Promise(() => {}) }, { timeoutMs: 20 });
    expect(result.report.checks.firestore).toMatchObject({ state: 'failing', error: 'timeout' });
    expect(result.httpStatus).toBe(503);
  });
});
