import { paths } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';

/**
 * Owners and admins change the public bot document: name, active, timezone, appointments, appearance (replaced
 * whole). Sites pick the change up through their listener, without a redeploy. `suspended` is not theirs.
 */
export const updateBot = defineCallable('updateBot', { maxInstances: 10 }, async ({ input: { botId, ...changes } }) => {
  // Only the fields the request names: the strict schema lets nothing else through, so `suspended` stays.
  const update = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (Object.keys(update).length > 0) await db.doc(paths.bot(botId)).update(update);
  return { botId };
});
