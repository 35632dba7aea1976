import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Platform administrators approve a bot waiting for review (BOT_REVIEW=required), so it answers visitors, or
 * refuse it, so it stays silent; either way the tenant's audit log records who decided.
 */
export const setBotReview = defineCallable('setBotReview', { maxInstances: 5 }, async ({ uid, input }) => {
  const botRef = db.doc(paths.bot(input.botId));
  await db.runTransaction(async (tx) => {
    const bot = await tx.get(botRef);
    if (!bot.exists) throw refuse('not-found', 'bot_not_found', `There is no bot "${input.botId}".`);
    tx.update(botRef, { review: input.decision });
    recordAudit(tx, {
      tenantId: bot.get('tenantId') as string,
      actorUid: uid,
      action: input.decision === 'approved' ? 'platform.approve' : 'platform.refuse',
      target: paths.bot(input.botId),
      before: { review: bot.get('review') ?? null },
      after: { review: input.decision },
    });
  });
  return { botId: input.botId, review: input.decision };
});
