import { paths } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Platform administrators suspend a bot (or lift the suspension). A suspended bot answers nothing and takes
 * no bookings, whatever its tenant sets `active` to.
 */
export const setBotSuspended = defineCallable('setBotSuspended', { maxInstances: 5 }, async ({ input }) => {
  const botRef = db.doc(paths.bot(input.botId));
  await botRef.update({ suspended: input.suspended }).catch((error: { code?: number }) => {
    if (error.code === 5) throw refuse('not-found', 'bot_not_found', `There is no bot "${input.botId}".`);
    throw error;
  });
  return { botId: input.botId, suspended: input.suspended };
});
