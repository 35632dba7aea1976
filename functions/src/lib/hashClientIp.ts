import { createHmac, randomBytes } from 'node:crypto';
import { paths } from '@frontdesk/contract';
import { db } from './admin.ts';

let salt: Promise<string> | null = null;

/** A random salt made once per project and kept in a server-only document. */
function projectSalt(): Promise<string> {
  salt ??= (async () => {
    const ref = db.doc(paths.system('ipSalt'));
    await ref.create({ value: randomBytes(32).toString('base64') }).catch(() => undefined); // exists already
    return (await ref.get()).get('value') as string;
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
