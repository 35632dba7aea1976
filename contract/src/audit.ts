import { z } from 'zod';

/**
 * What the audit log records. One entry per change a tenant would want to know about later: who did it
 * (`actorUid`, the team member or platform administrator), what (`action`, `target`) and, for settings, the
 * values before and after. Free-form `before`/`after` objects, so a new kind of change needs no schema change.
 */
export const auditActions = [
  'tenant.create',
  'tenant.retention',
  'tenant.delete',
  'bot.create',
  'bot.update',
  'bot.settings',
  'bot.availability',
  'bot.delete',
  'member.invite',
  'member.inviteRevoked',
  'member.role',
  'member.remove',
  'member.leave',
  'conversation.delete',
  'apiKey.create',
  'apiKey.revoke',
  'webhook.save',
  'webhook.delete',
  'knowledge.save',
  'knowledge.delete',
  'platform.suspend',
  'platform.unsuspend',
  'platform.approve',
  'platform.refuse',
] as const;
export type AuditAction = (typeof auditActions)[number] | (string & {});

/** `tenants/{tenantId}/audit/{id}`: owners read it; only the functions write it, in the change's transaction. */
export const auditEntrySchema = z.object({
  /** A Firestore timestamp (server time of the change). */
  at: z.unknown(),
  actorUid: z.string(),
  action: z.string(),
  /** What changed, as a path-like name: `bots/{id}`, `members/{uid}`, `invites/{email}`, `tenants/{id}`. */
  target: z.string(),
  before: z.record(z.string(), z.unknown()).nullable().optional(),
  after: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Firestore TTL field: AUDIT_RETENTION_DAYS after `at`. */
  expireAt: z.unknown().optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
