import { paths, updateBotSettingsRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';

/** Owners and admins replace a bot's private settings; the next message uses them. */
export const updateBotSettings = onCall({ maxInstances: 10 }, async (request): Promise<{ botId: string }> => {
  const uid = requireUid(request.auth);
  const input = parseRequest(updateBotSettingsRequestSchema, request.data);
  await requireBotPermission(uid, input.botId, 'bots');
  await db.doc(paths.botSettings(input.botId)).set(input.settings);
  return { botId: input.botId };
});
