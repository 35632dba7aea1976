import { paths } from '@frontdesk/contract';
import { db } from './db.ts';

/** The monthly token budget of a bot's tenant as counted so far, summed over its counter shards. */
export async function budgetTotals(botId: string): Promise<{ used: number; reserved: number }> {
  const tenantId = (await db.doc(paths.bot(botId)).get()).get('tenantId') as string;
  const shards = await db.collection(paths.budgetMonths(tenantId)).get();
  return shards.docs.reduce(
    (sum, doc) => ({
      used: sum.used + (doc.get('usedTokens') ?? 0),
      reserved: sum.reserved + (doc.get('reservedTokens') ?? 0),
    }),
    { used: 0, reserved: 0 },
  );
}
