import { For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { FieldErrors, SettingsDraft } from '../../lib/botDraft.ts';
import { SettingsTextField } from './SettingsTextField.tsx';

const limitFields = [
  'maxMessageLength',
  'visitorPerMinute',
  'visitorPerDay',
  'ipPerMinute',
  'ipPerDay',
  'botPerMinute',
] as const;

/** How long a visitor's message may be and how many messages a visitor, an address and the bot may send. */
export function BotLimitFields(props: {
  settings: SettingsDraft;
  setSettings: SetStoreFunction<SettingsDraft>;
  errors: FieldErrors;
}) {
  return (
    <>
      <h3>{t.editor.sections.limits}</h3>
      <div class="field-row three">
        <For each={limitFields}>
          {(key) => (
            <SettingsTextField
              label={t.editor[key]}
              inputMode="numeric"
              value={props.settings[key]}
              error={props.errors[key]}
              onInput={(value) => props.setSettings(key, value)}
            />
          )}
        </For>
      </div>
    </>
  );
}
