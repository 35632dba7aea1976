const DAY_MS = 86_400_000;

/**
 * When a record written at `atMs` is due for deletion by the Firestore TTL policy on `expireAt`: the
 * tenant's retention period later, or never (`null`) when the tenant keeps conversations.
 */
export function retentionExpiry(atMs: number, retentionDays: number | null | undefined): Date | null {
  return retentionDays ? new Date(atMs + retentionDays * DAY_MS) : null;
}
