import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../localConfig.ts';
import { emulatorFirebaseConfig, type FirebaseJson, LOOPBACK_SOURCES } from './emulatorFirebaseConfig.ts';

const deployed = JSON.parse(readFileSync(`${repoRoot}firebase.json`, 'utf8')) as FirebaseJson;

/** Every Content-Security-Policy value of a config's hosting headers. */
const policies = (config: FirebaseJson) =>
  config.hosting.headers.flatMap((rule) =>
    rule.headers
      .filter((header) => header.key.toLowerCase() === 'content-security-policy')
      .map((header) => header.value),
  );

const connectSources = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .find(([name]) => name === 'connect-src')
    ?.slice(1) ?? [];

describe('Content-Security-Policy of the deployed site and of the emulators', () => {
  it('deploys no loopback source: a production page may not talk to 127.0.0.1 or localhost', () => {
    expect(policies(deployed).length).toBeGreaterThan(0);
    for (const policy of policies(deployed)) {
      expect(policy).not.toMatch(/127\.0\.0\.1|localhost|\[::1\]/);
    }
  });

  it('lets the emulated site reach the emulators on loopback, and changes nothing else', () => {
    const emulated = emulatorFirebaseConfig(deployed);
    expect(policies(emulated)).toHaveLength(policies(deployed).length);
    policies(emulated).forEach((policy, index) => {
      const original = policies(deployed)[index] as string;
      expect(connectSources(policy)).toEqual([...connectSources(original), ...LOOPBACK_SOURCES]);
      expect(policy.replace(` ${LOOPBACK_SOURCES.join(' ')}`, '')).toBe(original);
    });
    const withoutPolicies = (config: FirebaseJson) =>
      JSON.stringify(config, (key, value) => (key === 'headers' ? undefined : value));
    expect(withoutPolicies(emulated)).toBe(withoutPolicies(deployed));
    // The deployed config read here is left as it was.
    expect(policies(deployed).join()).not.toContain('127.0.0.1');
  });
});
