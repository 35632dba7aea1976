import type { Appearance, Bot } from '@frontdesk/contract';
import { isOriginAllowed } from '@frontdesk/contract/isOriginAllowed';
import type { PublicBot } from '../shared/chatContext.ts';
import { decodeFirestoreFields, type RestValue } from './decodeFirestoreValue.ts';

export type BotLookup =
  | { status: 'ok'; bot: PublicBot }
  | { status: 'missing' | 'inactive' | 'suspended' | 'unreviewed' }
  /** The bot's allowed origins leave out the page's. */
  | { status: 'elsewhere' }
  | { status: 'unreachable' };

/**
 * Reads the public `bots/{botId}` document through Firestore's REST API: one small request, so the
 * launcher can show the bot's look long before the Firebase SDK would have loaded. A bot whose allowed
 * origins leave out `pageOrigin` is not shown there (the callables refuse such pages too); a document without
 * the list, as bots saved before it was mirrored there, allows every origin until its settings are saved.
 */
export async function fetchPublicBot(botId: string, origin: string, pageOrigin: string): Promise<BotLookup> {
  const config = __FIREBASE_CONFIG__;
  const base = __EMULATOR_PORTS__
    ? `http://${new URL(origin).hostname}:${__EMULATOR_PORTS__.firestore}`
    : 'https://firestore.googleapis.com';
  const url = `${base}/v1/projects/${config.projectId}/databases/(default)/documents/bots/${encodeURIComponent(botId)}?key=${config.apiKey}`;
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return { status: 'unreachable' };
  }
  if (response.status === 404 || response.status === 403) return { status: 'missing' };
  if (!response.ok) return { status: 'unreachable' };
  const body = (await response.json()) as { fields?: Record<string, RestValue> };
  const bot = decodeFirestoreFields(body.fields ?? {}) as Partial<Bot>;
  if (bot.suspended) return { status: 'suspended' };
  if (bot.review === 'pending' || bot.review === 'refused') return { status: 'unreviewed' };
  if (!bot.active) return { status: 'inactive' };
  // No loopback exception here, unlike the callables under the emulators: the loader behaves as in production.
  if (!isOriginAllowed(pageOrigin, bot.allowedOrigins ?? [], { emulator: false })) return { status: 'elsewhere' };
  return {
    status: 'ok',
    bot: {
      appearance: { ...defaultAppearance, ...bot.appearance },
      appointmentsEnabled: bot.appointmentsEnabled === true,
      timezone: bot.timezone ?? 'UTC',
    },
  };
}

/** What a bot without a complete appearance falls back to. */
export const defaultAppearance: Appearance = {
  title: 'Chat',
  welcomeMessage: '',
  placeholder: '',
  launcherEmoji: '💬',
  accentColor: '#4f46e5',
};
