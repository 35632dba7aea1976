import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';

/** Owners and admins replace a bot's availability; existing bookings stay as they are. */
export const saveAvailability = defineCallable(
  'saveAvailability',
  { maxInstances: 10 },
  async ({ uid, input, member }) => {
    const availabilityRef = db.doc(paths.availability(input.botId));
    await db.runTransaction(async (tx) => {
      const before = (await tx.get(availabilityRef)).data() ?? null;
      tx.set(availabilityRef, input.availability);
      recordAudit(tx, {
        tenantId: member.bot.tenantId,
        actorUid: uid,
        action: 'bot.availability',
        target: paths.bot(input.botId),
        before,
        after: input.availability,
      });
    });
    return { botId: input.botId };
  },
);
