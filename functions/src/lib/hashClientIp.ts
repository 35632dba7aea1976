import { createHmac, randomBytes } from 'node:crypto';
import { refs } from './documents/refs.ts';
import { requireData } from './documents/requireData.ts';

let salt: Promise<string> | null = null;

/** A random salt made once per project and kept in a server-only document. */
function projectSalt(): Promise<string> {
  salt ??= (async () => {
    const ref = refs.ipSalt();
    await ref.create({ value: randomBytes(32).toString('base64') }).catch(() => undefined); // exists already
    return requireData(await ref.get()).value;
  })().catch((error) => {
    salt = null;
    throw error;
  });
  return salt;
}

/** The client's IP as a salted HMAC: rate limits can count per network without storing any address. */
export async function hashClientIp(ip: string | undefined): Promise<string> {
  return createHmac('sha256', await projectSalt())
    .update(ip ?? 'unknown')
    .digest('base64url')
    .slice(0, 22);
}
