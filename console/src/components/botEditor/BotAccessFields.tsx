import { Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { FieldErrors, SettingsDraft } from '../../lib/botDraft.ts';
import { SettingsListField } from './SettingsListField.tsx';

/** Where the widget may be embedded, and who hears about new bookings. */
export function BotAccessFields(props: {
  settings: SettingsDraft;
  setSettings: SetStoreFunction<SettingsDraft>;
  errors: FieldErrors;
}) {
  return (
    <>
      <h3>{t.editor.sections.access}</h3>
      <div class="field-row">
        <SettingsListField
          label={t.editor.allowedOrigins}
          hint={t.editor.allowedOriginsHint}
          value={props.settings.allowedOrigins}
          error={props.errors.allowedOrigins}
          onInput={(value) => props.setSettings('allowedOrigins', value)}
        />
        <SettingsListField
          label={t.editor.notificationEmails}
          hint={t.editor.notificationEmailsHint}
          value={props.settings.notificationEmails}
          error={props.errors.notificationEmails}
          onInput={(value) => props.setSettings('notificationEmails', value)}
        />
      </div>
      <Show when={!props.settings.allowedOrigins.trim()}>
        <p class="notice notice-info" data-testid="every-origin">
          {t.editor.everyOrigin}
        </p>
      </Show>
    </>
  );
}
