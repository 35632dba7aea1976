import { paths } from '@frontdesk/contract';
import { addressesOutsideTeam } from '../domain/booking/notificationAddresses.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';

/**
 * Owners and admins replace a bot's private settings; the next message uses them. Notification addresses
 * must be the team's verified emails: nobody else is sent booking mail they never agreed to.
 */
export const updateBotSettings = defineCallable(
  'updateBotSettings',
  { maxInstances: 10 },
  async ({ input, member }) => {
    const outside = addressesOutsideTeam(input.settings.notificationEmails, member.tenant.memberEmails);
    if (outside.length > 0) {
      throw refuse(
        'failed-precondition',
        'notification_email_not_member',
        `Notification emails must belong to team members: ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not on the team. Invite them first, or remove the address.`,
      );
    }
    await db.doc(paths.botSettings(input.botId)).set(input.settings);
    return { botId: input.botId };
  },
);
