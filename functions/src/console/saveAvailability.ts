import { paths, saveAvailabilityRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { requireBotPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';

/** Owners and admins replace a bot's availability; existing bookings stay as they are. */
export const saveAvailability = onCall({ maxInstances: 10 }, async (request): Promise<{ botId: string }> => {
  const uid = requireUid(request.auth);
  const input = parseRequest(saveAvailabilityRequestSchema, request.data);
  await requireBotPermission(uid, input.botId, 'bots');
  await db.doc(paths.availability(input.botId)).set(input.availability);
  return { botId: input.botId };
});
