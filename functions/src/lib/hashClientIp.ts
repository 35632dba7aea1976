import { createHmac } from 'node:crypto';
import { projectSecret } from './projectSecret.ts';

/** The client's IP as a salted HMAC: rate limits can count per network without storing any address. */
export async function hashClientIp(ip: string | undefined): Promise<string> {
  return createHmac('sha256', await projectSecret('ipSalt'))
    .update(ip ?? 'unknown')
    .digest('base64url')
    .slice(0, 22);
}
