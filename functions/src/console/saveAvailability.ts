import { paths } from '@frontdesk/contract';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';

/** Owners and admins replace a bot's availability; existing bookings stay as they are. */
export const saveAvailability = defineCallable('saveAvailability', { maxInstances: 10 }, async ({ input }) => {
  await db.doc(paths.availability(input.botId)).set(input.availability);
  return { botId: input.botId };
});
