import type { Locale } from '@frontdesk/contract';

/** The few strings the loader needs before the chat bundle (with all other strings) has loaded. */
export const launcherStrings: Record<Locale, { open: string; close: string }> = {
  en: { open: 'Open chat', close: 'Close chat' },
  de: { open: 'Chat öffnen', close: 'Chat schließen' },
};
