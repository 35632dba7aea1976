import { For } from 'solid-js';
import { type ConsoleLocale, chooseConsoleLocale, consoleLocale, t } from '../i18n/strings.ts';

/** The console's language, English or German; the choice is kept in this browser. */
export function LanguagePicker() {
  return (
    <select
      class="language-picker"
      aria-label={t.language}
      onChange={(event) => chooseConsoleLocale(event.currentTarget.value as ConsoleLocale)}
    >
      {/* `selected` on the option: a `value` on the select would be set before its options exist. */}
      <For each={['en', 'de'] as const}>
        {(locale) => (
          <option value={locale} selected={locale === consoleLocale}>
            {t.locales[locale]}
          </option>
        )}
      </For>
    </select>
  );
}
