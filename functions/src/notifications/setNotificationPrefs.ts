import { FieldValue } from 'firebase-admin/firestore';
import { defineCallable } from '../lib/defineCallable.ts';
import { refs } from '../lib/documents/refs.ts';
import { syncNotifiedBots } from './syncNotifiedBots.ts';

/** A member's own choice of notification mails for one bot (the registry checks they may read its conversations). */
export const setNotificationPrefs = defineCallable(
  'setNotificationPrefs',
  { maxInstances: 10 },
  async ({ uid, input, member }) => {
    await refs
      .notificationPrefs(member.tenantId)
      .doc(uid)
      .set(
        { tenantId: member.tenantId, bots: { [input.botId]: input.choices }, updatedAt: FieldValue.serverTimestamp() },
        { merge: true },
      );
    await syncNotifiedBots(member.tenantId);
    return { botId: input.botId };
  },
);
