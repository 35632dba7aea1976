import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { writeNewBot } from './writeNewBot.ts';

/** Owners and admins add a bot to their tenant; it starts active, with defaults that work on a site at once. */
export const createBot = defineCallable('createBot', { maxInstances: 10 }, async ({ uid, input }) => {
  const botId = await db.runTransaction(async (tx) => {
    const id = writeNewBot(tx, input);
    recordAudit(tx, {
      tenantId: input.tenantId,
      actorUid: uid,
      action: 'bot.create',
      target: paths.bot(id),
      after: { name: input.name },
    });
    return id;
  });
  return { botId };
});
