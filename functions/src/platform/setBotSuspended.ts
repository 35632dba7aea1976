import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Platform administrators suspend a bot (or lift the suspension). A suspended bot answers nothing and takes
 * no bookings, whatever its tenant sets `active` to.
 */
export const setBotSuspended = defineCallable('setBotSuspended', { maxInstances: 5 }, async ({ uid, input }) => {
  const botRef = db.doc(paths.bot(input.botId));
  await db.runTransaction(async (tx) => {
    const bot = await tx.get(botRef);
    if (!bot.exists) throw refuse('not-found', 'bot_not_found', `There is no bot "${input.botId}".`);
    tx.update(botRef, { suspended: input.suspended });
    recordAudit(tx, {
      tenantId: bot.get('tenantId') as string,
      actorUid: uid,
      action: input.suspended ? 'platform.suspend' : 'platform.unsuspend',
      target: paths.bot(input.botId),
      before: { suspended: bot.get('suspended') ?? false },
      after: { suspended: input.suspended },
    });
  });
  return { botId: input.botId, suspended: input.suspended };
});
