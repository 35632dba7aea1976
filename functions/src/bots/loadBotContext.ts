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
 * Bot → tenant, as this instance has seen it: a bot never changes tenant, so a warm instance reads the tenant
 * together with the bot and its settings instead of after them (one round trip less before the model is asked).
 * Only the id is kept; every document is read fresh on every call.
 */
const tenantOfBot = new Map<string, string>();

/**
 * The bot, its private settings (defaults filled in) and its tenant; refuses unknown bots, and switched-off or
 * suspended ones unless `allowInactive` (cancelling a booking must work whatever state the bot is in).
 */
export async function loadBotContext(botId: string, options: { allowInactive?: boolean } = {}): Promise<BotContext> {
  const knownTenantId = tenantOfBot.get(botId);
  const [botSnapshot, settingsSnapshot, knownTenant] = await Promise.all([
    refs.bot(botId).get(),
    refs.botSettings(botId).get(),
    knownTenantId ? refs.tenant(knownTenantId).get() : null,
  ]);
  const bot = botSnapshot.data();
  if (!bot) throw refuse('not-found', 'bot_not_found', `There is no bot "${botId}"; check the data-bot attribute.`);
  // A bot waiting for the platform's review (or refused) answers nobody, like one switched off.
  const unreviewed = bot.review === 'pending' || bot.review === 'refused';
  if ((!bot.active || bot.suspended || unreviewed) && !options.allowInactive)
    throw refuse('failed-precondition', 'bot_inactive', 'This bot is switched off.');
  tenantOfBot.set(botId, bot.tenantId);
  const tenantSnapshot =
    knownTenantId === bot.tenantId && knownTenant ? knownTenant : await refs.tenant(bot.tenantId).get();
  const tenant = tenantSnapshot.data() ?? { name: bot.appearance.title, members: {} };
  return { botId, bot, settings: settingsSnapshot.data() ?? resolveBotSettings(undefined), tenant };
}
