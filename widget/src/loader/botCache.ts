import type { PublicBot } from '../shared/chatContext.ts';

const key = (botId: string) => `frontdesk:${botId}:bot`;

/**
 * The bot's public config from the last visit, so a returning visitor sees the launcher at once; the fresh
 * document replaces it moments later.
 */
export const botCache = {
  read(botId: string): PublicBot | null {
    try {
      const raw = localStorage.getItem(key(botId));
      return raw ? (JSON.parse(raw) as PublicBot) : null;
    } catch {
      return null; // storage blocked or corrupt: fetch instead
    }
  },
  write(botId: string, bot: PublicBot | null): void {
    try {
      if (bot) localStorage.setItem(key(botId), JSON.stringify(bot));
      else localStorage.removeItem(key(botId));
    } catch {
      // storage blocked: nothing to remember
    }
  },
};
