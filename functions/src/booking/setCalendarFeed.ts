import { randomBytes } from 'node:crypto';
import { FieldValue } from 'firebase-admin/firestore';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { publicOrigin } from '../lib/publicOrigin.ts';
import { hashFeedToken } from './calendarFeed.ts';

/**
 * Creates the bot's calendar feed with a new secret address (the previous one stops working at once) or
 * revokes it. The address is answered once; only its hash is stored.
 */
export const setCalendarFeed = defineCallable('setCalendarFeed', { maxInstances: 10 }, async ({ input }) => {
  const ref = refs.calendarFeed(input.botId);
  if (input.action === 'revoke') {
    await ref.delete();
    return { url: null };
  }
  const token = randomBytes(32).toString('base64url');
  await ref.set({ tokenHash: hashFeedToken(token), createdAt: FieldValue.serverTimestamp() });
  return { url: `${publicOrigin()}/feed/${input.botId}/${token}.ics` };
});
