import { hashClientIp } from './hashClientIp.ts';

/**
 * An email address as the same salted HMAC as client IPs, for per-address counters that store no address.
 * Case and surrounding space do not make a new address; the prefix keeps addresses apart from IPs.
 */
export function hashEmailAddress(email: string): Promise<string> {
  return hashClientIp(`mailto:${email.trim().toLowerCase()}`);
}
