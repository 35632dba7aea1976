import { createSignal } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import { listenBotSettings } from '../../lib/botData.ts';
import { type FieldErrors, type SettingsDraft, settingsToDraft, validateSettings } from '../../lib/botDraft.ts';
import { call } from '../../lib/callables.ts';
import { createAction } from '../../lib/createAction.ts';
import { fillOnFirstSnapshot } from '../../lib/fillOnFirstSnapshot.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { Field } from '../Field.tsx';
import { BotAccessFields } from './BotAccessFields.tsx';
import { BotLimitFields } from './BotLimitFields.tsx';
import { BotModelStatus } from './BotModelStatus.tsx';
import { SettingsTextField } from './SettingsTextField.tsx';

/**
 * The bot's private settings: system prompt, model (and what the functions learned about it), whether the team
 * sees the model's reasoning, limits and access. Filled once from the stored settings, saved whole through
 * `updateBotSettings`.
 */
export function BotBehaviourSection(props: { botId: string; editable: boolean }) {
  const stored = listenBotSettings(() => props.botId);
  const [settings, setSettings] = createStore<SettingsDraft>(settingsToDraft(null));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  fillOnFirstSnapshot(stored.value, (value) => setSettings(settingsToDraft(value)));

  const save = createAction(async () => {
    const { value, errors: found } = validateSettings(unwrap(settings));
    setErrors(found);
    if (!value) throw Object.assign(new Error(t.editor.fixErrors), { details: { reason: 'invalid_input' } });
    await call('updateBotSettings', { botId: props.botId, settings: value });
  });

  return (
    <form
      class="card form"
      aria-labelledby="settings-title"
      onSubmit={(event) => {
        event.preventDefault();
        void save.start();
      }}
    >
      <h2 id="settings-title">{t.editor.sections.behaviour}</h2>
      {/* Disabled until the stored settings arrive, so they never overwrite what someone already typed. */}
      <fieldset disabled={!props.editable || stored.value() === undefined}>
        <legend class="visually-hidden">{t.editor.sections.behaviour}</legend>
        <Field label={t.editor.systemPrompt} hint={t.editor.systemPromptHint} error={errors().systemPrompt}>
          {(id, describedBy) => (
            <textarea
              id={id}
              rows={6}
              value={settings.systemPrompt}
              aria-describedby={describedBy()}
              onInput={(event) => setSettings('systemPrompt', event.currentTarget.value)}
            />
          )}
        </Field>
        <div class="field-row three">
          <SettingsTextField
            label={t.editor.model}
            hint={t.editor.modelHint}
            value={settings.model}
            error={errors().model}
            onInput={(value) => setSettings('model', value)}
          />
          <SettingsTextField
            label={t.editor.temperature}
            hint={t.editor.temperatureHint}
            inputMode="decimal"
            value={settings.temperature}
            error={errors().temperature}
            onInput={(value) => setSettings('temperature', value)}
          />
          <SettingsTextField
            label={t.editor.maxOutputTokens}
            hint={t.editor.maxOutputTokensHint}
            inputMode="numeric"
            value={settings.maxOutputTokens}
            error={errors().maxOutputTokens}
            onInput={(value) => setSettings('maxOutputTokens', value)}
          />
        </div>
        <BotModelStatus status={stored.value()?.modelStatus} />
        <div class="field checkbox-field">
          <label>
            <input
              type="checkbox"
              checked={settings.showReasoningToTeam}
              aria-describedby="show-reasoning-hint"
              onChange={(event) => setSettings('showReasoningToTeam', event.currentTarget.checked)}
            />{' '}
            {t.editor.showReasoningToTeam}
          </label>
          <p class="hint" id="show-reasoning-hint">
            {t.editor.showReasoningToTeamHint}
          </p>
        </div>
        <BotLimitFields settings={settings} setSettings={setSettings} errors={errors()} />
        <BotAccessFields settings={settings} setSettings={setSettings} errors={errors()} />
        <button class="primary" type="submit" disabled={save.pending()}>
          {save.pending() ? t.saving : t.editor.saveSettings}
        </button>
        <ActionStatus error={save.error()} message={save.message()} />
      </fieldset>
    </form>
  );
}
