import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';

/**
 * Owners and admins change the public bot document: name, active, timezone, appointments, appearance (replaced
 * whole). Sites pick the change up through their listener, without a redeploy. `suspended` is not theirs.
 */
export const updateBot = defineCallable(
  'updateBot',
  { maxInstances: 10 },
  async ({ uid, member, input: { botId, ...changes } }) => {
    // Only the fields the request names: the strict schema lets nothing else through, so `suspended` stays.
    const update = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    if (Object.keys(update).length === 0) return { botId };
    const botRef = db.doc(paths.bot(botId));
    await db.runTransaction(async (tx) => {
      const stored = (await tx.get(botRef)).data() ?? {};
      tx.update(botRef, update);
      recordAudit(tx, {
        tenantId: member.bot.tenantId,
        actorUid: uid,
        action: 'bot.update',
        target: paths.bot(botId),
        before: Object.fromEntries(Object.keys(update).map((field) => [field, stored[field] ?? null])),
        after: update,
      });
    });
    return { botId };
  },
);
