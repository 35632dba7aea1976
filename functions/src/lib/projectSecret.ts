import { randomBytes } from 'node:crypto';
import { refs } from './documents/refs.ts';
import { requireData } from './documents/requireData.ts';

const secrets = new Map<string, Promise<string>>();

/**
 * A random secret made once per project and kept in the server-only document `system/{name}`: the first
 * caller anywhere creates it, every later one (in any instance) reads the same value.
 */
export function projectSecret(name: 'ipSalt' | 'bookingLinkKey'): Promise<string> {
  let secret = secrets.get(name);
  if (!secret) {
    secret = (async () => {
      const ref = refs.systemSecret(name);
      await ref.create({ value: randomBytes(32).toString('base64') }).catch(() => undefined); // exists already
      return requireData(await ref.get()).value;
    })().catch((error) => {
      secrets.delete(name);
      throw error;
    });
    secrets.set(name, secret);
  }
  return secret;
}
