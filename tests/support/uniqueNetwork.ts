import { randomBytes } from 'node:crypto';

/**
 * An address in a network of its own (a /64 of the IPv6 documentation prefix), so per-network counters of
 * one test never meet another's.
 */
export function uniqueNetwork(): string {
  const [a, b] = [randomBytes(2).toString('hex'), randomBytes(2).toString('hex')];
  return `2001:db8:${a}:${b}::1`;
}
