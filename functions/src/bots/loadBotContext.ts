import type { Bot, BotSettings, Tenant } from '@frontdesk/contract';
import type { DocumentReference, DocumentSnapshot } from 'firebase-admin/firestore';
import { resolveBotSettings } from '../domain/bots/resolveBotSettings.ts';
import { db } from '../lib/admin.ts';
import type { SnapshotsOf } from '../lib/documents/getAllTyped.ts';
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
  return (await loadBotContextWith(botId, [], options)).context;
}

/**
 * The same, with more documents read in the same request (`alsoRead`, e.g. the bot's availability): one read of
 * several documents costs the database less than as many reads, which shows when many requests come at once.
 */
export async function loadBotContextWith<const With extends readonly DocumentReference<unknown>[]>(
  botId: string,
  alsoRead: With,
  options: { allowInactive?: boolean } = {},
): Promise<{ context: BotContext; also: SnapshotsOf<With> }> {
  const knownTenantId = tenantOfBot.get(botId);
  // The SDK reads each document through its own reference's converter; only its typings want one model type.
  const [botSnapshot, settingsSnapshot, ...rest] = (await db.getAll(
    ...([
      refs.bot(botId),
      refs.botSettings(botId),
      ...alsoRead,
      ...(knownTenantId ? [refs.tenant(knownTenantId)] : []),
    ] as DocumentReference[]),
  )) as unknown as [DocumentSnapshot<Bot>, DocumentSnapshot<BotSettings>, ...DocumentSnapshot<unknown>[]];
  const also = rest.slice(0, alsoRead.length) as SnapshotsOf<With>;
  const knownTenant = knownTenantId ? (rest[alsoRead.length] as DocumentSnapshot<Tenant>) : null;
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
  return {
    context: { botId, bot, settings: settingsSnapshot.data() ?? resolveBotSettings(undefined), tenant },
    also,
  };
}
