import { paths } from '@frontdesk/contract';
import { recordAudit } from '../audit/recordAudit.ts';
import { addressesOutsideTeam } from '../domain/booking/notificationAddresses.ts';
import { isModelAllowed } from '../domain/limits/allowedModels.ts';
import { db } from '../lib/admin.ts';
import { defineCallable } from '../lib/defineCallable.ts';
import { refuse } from '../lib/refuse.ts';
import { platformModels } from '../limits/platformModels.ts';

/**
 * Owners and admins replace a bot's private settings; the next message uses them. Notification addresses
 * must be the team's verified emails: nobody else is sent booking mail they never agreed to. The model must be
 * one the platform offers (ALLOWED_MODELS): its key pays for every call. The allowed origins are copied to
 * the public bot document, for the loader.
 */
export const updateBotSettings = defineCallable(
  'updateBotSettings',
  { maxInstances: 10 },
  async ({ uid, input, member }) => {
    const models = platformModels();
    if (!isModelAllowed(input.settings.model, models)) {
      throw refuse(
        'invalid-argument',
        'model_not_allowed',
        `settings.model: "${input.settings.model}" is not offered here. Choose one of ${models.models.join(', ')}, or leave it empty for the default.`,
        { allowedModels: models.models },
      );
    }
    const outside = addressesOutsideTeam(input.settings.notificationEmails, member.tenant.memberEmails);
    if (outside.length > 0) {
      throw refuse(
        'failed-precondition',
        'notification_email_not_member',
        `Notification emails must belong to team members: ${outside.join(', ')} ${outside.length === 1 ? 'is' : 'are'} not on the team. Invite them first, or remove the address.`,
      );
    }
    const settingsRef = db.doc(paths.botSettings(input.botId));
    // The public copy of the allowed origins changes in the same transaction: the loader reads it (README, security).
    await db.runTransaction(async (tx) => {
      const before = (await tx.get(settingsRef)).data() ?? null;
      tx.set(settingsRef, input.settings);
      tx.update(db.doc(paths.bot(input.botId)), { allowedOrigins: input.settings.allowedOrigins });
      recordAudit(tx, {
        tenantId: member.bot.tenantId,
        actorUid: uid,
        action: 'bot.settings',
        target: paths.bot(input.botId),
        before,
        after: input.settings,
      });
    });
    return { botId: input.botId };
  },
);
