import type { Locale } from '@frontdesk/contract';

const supported: readonly Locale[] = ['en', 'de'];

/**
 * The UI language: a `data-locale` override, else the bot's configured locale, else the page's `lang`
 * (`de-AT` counts as `de`), else English.
 */
export function pickLocale(override: string | undefined, botLocale: Locale | undefined, pageLang: string): Locale {
  for (const candidate of [override, botLocale, pageLang]) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0];
    if (base && (supported as readonly string[]).includes(base)) return base as Locale;
  }
  return 'en';
}
