import { describe, expect, it } from 'vitest';
import { apiKeyMatches, bearerKeyOf, hashApiKey, keyIdOf, newApiKey } from './apiKeyText.ts';

describe('API key text', () => {
  it('makes keys that name their document and match only their own hash', () => {
    const { key, prefix } = newApiKey('abc123');
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    expect(prefix).toBe('fdk_abc123');
    expect(keyIdOf(key)).toBe('abc123');
    expect(apiKeyMatches(key, hashApiKey(key))).toBe(true);
    expect(apiKeyMatches(key, hashApiKey(newApiKey('abc123').key))).toBe(false);
    expect(apiKeyMatches(key, 'not-hex')).toBe(false);
    expect(newApiKey('abc123').key).not.toBe(key);
  });

  it('refuses text that is not shaped like a key', () => {
    const { key } = newApiKey('abc123');
    for (const text of ['', 'fdk_', key.slice(0, -1), `${key}x`, key.replace('fdk_', 'sk_'), 'fdk_a/b_x'])
      expect(keyIdOf(text)).toBeNull();
  });

  it('reads the key of a Bearer header only', () => {
    expect(bearerKeyOf('Bearer fdk_a_b')).toBe('fdk_a_b');
    expect(bearerKeyOf('bearer  fdk_a_b ')).toBe('fdk_a_b');
    expect(bearerKeyOf('Basic abc')).toBeNull();
    expect(bearerKeyOf('Bearer a b')).toBeNull();
    expect(bearerKeyOf(undefined)).toBeNull();
  });
});
