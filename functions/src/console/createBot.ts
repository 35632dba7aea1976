import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { writeNewBot } from './writeNewBot.ts';

/** Owners and admins add a bot to their tenant; it starts active, with defaults that work on a site at once. */
export const createBot = defineCallable('createBot', { maxInstances: 10 }, async ({ input }) => {
  const batch = db.batch();
  const botId = writeNewBot(batch, input);
  await batch.commit();
  return { botId };
});
