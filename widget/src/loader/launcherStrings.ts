import type { Locale } from '@frontdesk/contract';

/** The few strings the loader needs before the chat bundle (with all other strings) has loaded. */
export const launcherStrings: Record<Locale, { open: string; close: string; openUnread: (count: number) => string }> = {
  en: {
    open: 'Open chat',
    close: 'Close chat',
    openUnread: (count) => `Open chat, ${count} new ${count === 1 ? 'message' : 'messages'}`,
  },
  de: {
    open: 'Chat öffnen',
    close: 'Chat schließen',
    openUnread: (count) => `Chat öffnen, ${count} ${count === 1 ? 'neue Nachricht' : 'neue Nachrichten'}`,
  },
};
