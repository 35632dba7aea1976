import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * API keys look like `fdk_<keyId>_<secret>`: the key's document id, visible in the console as its prefix, and
 * 32 random bytes (base64url). Only the SHA-256 of the whole key is stored; a key with that much randomness
 * needs no slow password hash.
 */
const KEY_PATTERN = /^fdk_([A-Za-z0-9]{1,40})_([A-Za-z0-9_-]{43})$/;

/** A new key for the key document `keyId` (a Firestore auto id: letters and digits). */
export function newApiKey(keyId: string): { key: string; prefix: string } {
  const prefix = `fdk_${keyId}`;
  return { key: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix };
}

/** The key document id a key names, or null when the text is not shaped like a key. */
export function keyIdOf(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** Whether `key` hashes to `storedHash`, compared in constant time. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const actual = Buffer.from(hashApiKey(key), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The key of an `Authorization: Bearer <key>` header, or null. */
export function bearerKeyOf(authorization: string | undefined): string | null {
  const match = /^Bearer +(\S+)$/i.exec(authorization?.trim() ?? '');
  return match?.[1] ?? null;
}
