import { callables } from '@frontdesk/contract';
import { describe, expect, it } from 'vitest';

// Importing the functions defines them; nothing runs and nothing is contacted until one is called.
process.env.GCLOUD_PROJECT ??= 'demo-frontdesk';
const deployed: Record<string, unknown> = await import('./index.ts');

/** The deployed functions that are callables, by their export name (firebase-functions marks each endpoint). */
const deployedCallables = Object.entries(deployed)
  .filter(([, value]) => {
    const endpoint = (value as { __endpoint?: { callableTrigger?: unknown } }).__endpoint;
    return endpoint?.callableTrigger !== undefined;
  })
  .map(([name]) => name)
  .sort();

describe('callable registry', () => {
  it('lists exactly the callables the functions deploy', () => {
    expect(deployedCallables.length).toBeGreaterThan(0);
    expect(deployedCallables).toEqual(Object.keys(callables).sort());
  });

  it('deploys each callable under the name its handler was defined for', () => {
    for (const name of Object.keys(callables)) {
      expect((deployed[name] as { callableName?: string }).callableName).toBe(name);
    }
  });

  it("names the bot or tenant a member's call is checked against in its request", () => {
    for (const [name, entry] of Object.entries(callables)) {
      if (entry.access.kind !== 'member') continue;
      const field = entry.access.scope === 'bot' ? 'botId' : 'tenantId';
      const shape = (entry.request as unknown as { shape?: Record<string, unknown> }).shape;
      expect(shape, name).toHaveProperty(field);
    }
  });
});
