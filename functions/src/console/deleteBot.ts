import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { deleteBotData } from '../deletion/deleteOwnedData.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { log } from '../lib/log.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Owners delete a bot with everything under it and its mails and counters (`deleteBotData`). The name typed as
 * confirmation must match; the deletion is in the tenant's audit log, recorded before anything goes.
 */
export const deleteBot = defineCallable(
  'deleteBot',
  { maxInstances: 5, timeoutSeconds: 540, memory: '512MiB' },
  async ({ uid, input, member }) => {
    if (input.confirmName.trim() !== member.bot.name) {
      throw refuse('failed-precondition', 'confirmation_mismatch', 'Type the bot’s name exactly to delete it.');
    }
    const botRef = db.doc(paths.bot(input.botId));
    await db.runTransaction(async (tx) => {
      // Switched off first, so no visitor starts a conversation while its data is being deleted.
      tx.update(botRef, { active: false });
      recordAudit(tx, {
        tenantId: member.bot.tenantId,
        actorUid: uid,
        action: 'bot.delete',
        target: paths.bot(input.botId),
        before: { name: member.bot.name },
      });
    });
    await deleteBotData(input.botId);
    log.info('bot.deleted', { tenantId: member.bot.tenantId, botId: input.botId, actorUid: uid });
    return { botId: input.botId };
  },
);
