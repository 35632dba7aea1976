import { paths } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';

/** Owners and admins replace a bot's private settings; the next message uses them. */
export const updateBotSettings = defineCallable('updateBotSettings', { maxInstances: 10 }, async ({ input }) => {
  await db.doc(paths.botSettings(input.botId)).set(input.settings);
  return { botId: input.botId };
});
