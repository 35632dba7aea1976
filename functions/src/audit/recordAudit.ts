import { type AuditAction, paths } from '@frontdesk/contract';
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import { auditRetentionDays } from '../config.ts';
import { db } from '../lib/admin.ts';

export interface AuditRecord {
  tenantId: string;
  /** The team member or platform administrator who made the change. */
  actorUid: string;
  action: AuditAction;
  /** What changed, path-like: `bots/{id}`, `members/{uid}`, `invites/{email}`, `tenants/{id}`. */
  target: string;
  /** For settings: the values before and after, as stored (never visitor data). */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Writes one audit entry in the caller's transaction, so the log holds a change exactly when the change
 * happened. The entry expires (Firestore TTL on `expireAt`) AUDIT_RETENTION_DAYS after it was written.
 */
export function recordAudit(tx: Transaction, record: AuditRecord, now = Date.now()): void {
  const entry = db.collection(paths.audit(record.tenantId)).doc();
  tx.create(entry, {
    at: FieldValue.serverTimestamp(),
    actorUid: record.actorUid,
    action: record.action,
    target: record.target,
    before: plain(record.before),
    after: plain(record.after),
    expireAt: Timestamp.fromMillis(now + auditRetentionDays.value() * 86_400_000),
  });
}

/** Firestore refuses `undefined` values: drop them, keep everything else as it is. */
function plain(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
