import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { removeFromTeam } from './removeFromTeam.ts';

/** A member leaves a team; the last owner cannot (`last_owner`): they hand it over or delete the business. */
export const leaveTenant = defineCallable('leaveTenant', { maxInstances: 10 }, async ({ uid, input }) => {
  await db.runTransaction((tx) => removeFromTeam(tx, input.tenantId, uid));
  return { tenantId: input.tenantId };
});
