import type { PublicBot } from '../shared/chatContext.ts';
import { readStorage, writeStorage } from '../shared/safeStorage.ts';

const key = (botId: string) => `frontdesk:${botId}:bot`;

/**
 * The bot's public config from the last visit, so a returning visitor sees the launcher at once; the fresh
 * document replaces it moments later.
 */
export const botCache = {
  read(botId: string): PublicBot | null {
    const raw = readStorage(() => localStorage, key(botId));
    try {
      return raw ? (JSON.parse(raw) as PublicBot) : null;
    } catch {
      return null; // corrupt: fetch instead
    }
  },
  write(botId: string, bot: PublicBot | null): void {
    writeStorage(() => localStorage, key(botId), bot && JSON.stringify(bot));
  },
};
