import { type BotSettings, paths } from '@frontdesk/contract';
import { listenDoc } from './listen.ts';

/** A bot's private settings (prompt, model, limits, access), live; `null` until first saved. */
export function listenBotSettings(botId: () => string) {
  return listenDoc<BotSettings>(() => paths.botSettings(botId()));
}
