import { type CreateBotResponse, createBotRequestSchema } from '@frontdesk/contract';
import { onCall } from 'firebase-functions/v2/https';
import { db } from '../lib/admin.ts';
import { parseRequest } from '../lib/parseRequest.ts';
import { requireTenantPermission } from '../lib/requirePermission.ts';
import { requireUid } from '../lib/requireUid.ts';
import { writeNewBot } from './writeNewBot.ts';

/** Owners and admins add a bot to their tenant; it starts active, with defaults that work on a site at once. */
export const createBot = onCall({ maxInstances: 10 }, async (request): Promise<CreateBotResponse> => {
  const uid = requireUid(request.auth);
  const input = parseRequest(createBotRequestSchema, request.data);
  await requireTenantPermission(uid, input.tenantId, 'bots');
  const batch = db.batch();
  const botId = writeNewBot(batch, input);
  await batch.commit();
  return { botId };
});
