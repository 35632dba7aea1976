import type { Bot, BotSettings, Tenant } from '@frontdesk/contract';
import { resolveBotSettings } from '../domain/bots/resolveBotSettings.ts';
import { refs } from '../lib/documents/refs.ts';
import { refuse } from '../lib/refuse.ts';

export interface BotContext {
  botId: string;
  bot: Bot;
  settings: BotSettings;
  tenant: Tenant;
}

/**
 * The bot, its private settings (defaults filled in) and its tenant; refuses unknown bots, and switched-off or
 * suspended ones unless `allowInactive` (cancelling a booking must work whatever state the bot is in).
 */
export async function loadBotContext(botId: string, options: { allowInactive?: boolean } = {}): Promise<BotContext> {
  const [botSnapshot, settingsSnapshot] = await Promise.all([refs.bot(botId).get(), refs.botSettings(botId).get()]);
  const bot = botSnapshot.data();
  if (!bot) throw refuse('not-found', 'bot_not_found', `There is no bot "${botId}"; check the data-bot attribute.`);
  // A bot waiting for the platform's review (or refused) answers nobody, like one switched off.
  const unreviewed = bot.review === 'pending' || bot.review === 'refused';
  if ((!bot.active || bot.suspended || unreviewed) && !options.allowInactive)
    throw refuse('failed-precondition', 'bot_inactive', 'This bot is switched off.');
  const tenant = (await refs.tenant(bot.tenantId).get()).data() ?? {
    name: bot.appearance.title,
    members: {},
  };
  return { botId, bot, settings: settingsSnapshot.data() ?? resolveBotSettings(undefined), tenant };
}
