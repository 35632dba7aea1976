import { de } from './de.ts';
import { en } from './en.ts';

export type ConsoleLocale = 'en' | 'de';

/** Where a person's choice of console language is kept (this browser). */
const LOCALE_KEY = 'frontdesk.consoleLocale';

/** The chosen language, else the browser's when it is German, else English. */
function pickLocale(): ConsoleLocale {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(LOCALE_KEY);
  } catch {
    // storage blocked: follow the browser
  }
  if (chosen === 'en' || chosen === 'de') return chosen;
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export const consoleLocale: ConsoleLocale = pickLocale();

/** The console's UI strings in its language. */
export const t = consoleLocale === 'de' ? de : en;

/** Keeps the choice and reloads, so every screen and date is drawn in the new language. */
export function chooseConsoleLocale(locale: ConsoleLocale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
  location.reload();
}
