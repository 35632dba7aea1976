import { paths, updateBotRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';

/**
 * Owners and admins change the public bot document: name, active, timezone, appointments, appearance (replaced
 * whole). Sites pick the change up through their listener, without a redeploy. `suspended` is not theirs.
 */
export const updateBot = onCall({ maxInstances: 10 }, async (request): Promise<{ botId: string }> => {
  const uid = requireUid(request.auth);
  const { botId, ...changes } = parseRequest(updateBotRequestSchema, request.data);
  await requireBotPermission(uid, botId, 'bots');
  // Only the fields the request names: the strict schema lets nothing else through, so `suspended` stays.
  const update = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
  if (Object.keys(update).length > 0) await db.doc(paths.bot(botId)).update(update);
  return { botId };
});
