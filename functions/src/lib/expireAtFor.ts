import { Timestamp } from 'firebase-admin/firestore';
import { retentionExpiry } from '../domain/retention/retentionExpiry.ts';

/** The `expireAt` TTL value of a conversation or message written at `atMs` (null: kept). */
export function expireAtFor(atMs: number, retentionDays: number | null | undefined): Timestamp | null {
  const expiry = retentionExpiry(atMs, retentionDays);
  return expiry ? Timestamp.fromDate(expiry) : null;
}
