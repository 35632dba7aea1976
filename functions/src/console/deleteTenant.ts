import { deleteTenantData } from '../deletion/deleteOwnedData.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { log } from '../lib/log.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Owners delete their business: every bot with everything under it, the team, invitations, counters, the
 * audit log and the outbox mails and rate-limit counters naming it. The name typed as confirmation must match.
 * Nothing of the tenant stays to record it in, so the log line (ids only) is the record.
 */
export const deleteTenant = defineCallable(
  'deleteTenant',
  { maxInstances: 5, timeoutSeconds: 540, memory: '512MiB' },
  async ({ uid, input, member }) => {
    if (input.confirmName.trim() !== member.tenant.name) {
      throw refuse('failed-precondition', 'confirmation_mismatch', 'Type the business’s name exactly to delete it.');
    }
    await deleteTenantData(input.tenantId);
    log.info('tenant.deleted', { tenantId: input.tenantId, actorUid: uid });
    return { tenantId: input.tenantId };
  },
);
