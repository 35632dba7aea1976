import { type Bot, type BotSettings, paths } from '@frontdesk/contract';
import { createSignal, For, Show } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { ColorField } from '../components/ColorField.tsx';
import { CopyButton } from '../components/CopyButton.tsx';
import { Field } from '../components/Field.tsx';
import { TimezoneInput } from '../components/TimezoneInput.tsx';
import { WidgetPreview } from '../components/WidgetPreview.tsx';
import { t } from '../i18n/strings.ts';
import {
  type AppearanceDraft,
  botToDraft,
  draftToAppearance,
  type FieldErrors,
  type SettingsDraft,
  settingsToDraft,
  validateAppearance,
  validateSettings,
} from '../lib/botDraft.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { embedSnippet } from '../lib/embedSnippet.ts';
import { fillOnFirstSnapshot } from '../lib/fillOnFirstSnapshot.ts';
import { listenDoc } from '../lib/listen.ts';
import { can } from '../lib/session.ts';

const colorFields = [
  ['accentColor', false],
  ['accentHoverColor', true],
  ['visitorBubbleColor', true],
  ['visitorTextColor', true],
  ['botBubbleColor', true],
  ['botTextColor', true],
] as const;

/** Everything about one bot: status, appearance with the live preview, texts, model, limits, access, embed. */
export function BotEditor(props: { tenantId: string; botId: string; bot: Bot }) {
  const editable = () => can(props.tenantId, 'bots');
  const [draft, setDraft] = createStore(botToDraft(props.bot));
  const [appearanceErrors, setAppearanceErrors] = createSignal<FieldErrors>({});
  const [previewVersion, setPreviewVersion] = createSignal(0);

  const settingsDoc = listenDoc<BotSettings>(() => paths.botSettings(props.botId));
  const [settings, setSettings] = createStore<SettingsDraft>(settingsToDraft(null));
  const [settingsErrors, setSettingsErrors] = createSignal<FieldErrors>({});
  fillOnFirstSnapshot(settingsDoc.value, (stored) => setSettings(settingsToDraft(stored)));

  const setAppearance = (key: keyof AppearanceDraft, value: string) => setDraft('appearance', key, value);

  const saveBot = createAction(async () => {
    const { value, errors } = validateAppearance(unwrap(draft.appearance));
    setAppearanceErrors(errors);
    if (!value) throw Object.assign(new Error(t.editor.fixErrors), { details: { reason: 'invalid_input' } });
    await call('updateBot', {
      botId: props.botId,
      name: draft.name.trim(),
      timezone: draft.timezone.trim(),
      appointmentsEnabled: draft.appointmentsEnabled,
      appearance: value,
    });
    setPreviewVersion(previewVersion() + 1);
  });

  const saveSettings = createAction(async () => {
    const { value, errors } = validateSettings(unwrap(settings));
    setSettingsErrors(errors);
    if (!value) throw Object.assign(new Error(t.editor.fixErrors), { details: { reason: 'invalid_input' } });
    await call('updateBotSettings', { botId: props.botId, settings: value });
  });

  const toggleActive = createAction(async () => {
    await call('updateBot', { botId: props.botId, active: !props.bot.active });
  });

  const snippet = () => embedSnippet(location.origin, props.botId);

  const textInput = (key: keyof AppearanceDraft, label: string, max: number) => (
    <Field label={label} error={appearanceErrors()[key]}>
      {(id, describedBy, invalid) => (
        <input
          id={id}
          maxLength={max}
          value={draft.appearance[key]}
          aria-describedby={describedBy()}
          aria-invalid={invalid()}
          onInput={(event) => setAppearance(key, event.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <div class="editor">
      <h1>{t.editor.title(props.bot.name ?? props.bot.appearance.title)}</h1>
      <Show when={!editable()}>
        <p class="notice notice-info">{t.editor.readOnly}</p>
      </Show>

      <section class="card" aria-labelledby="status-title">
        <h2 id="status-title">{t.editor.sections.status}</h2>
        <Show when={!props.bot.suspended} fallback={<p class="notice notice-error">{t.editor.isSuspended}</p>}>
          <p>
            <span class="badge" classList={{ 'badge-ok': props.bot.active, 'badge-off': !props.bot.active }}>
              {props.bot.active ? t.bots.active : t.bots.inactive}
            </span>{' '}
            {props.bot.active ? t.editor.isActive : t.editor.isInactive}
          </p>
          <Show when={editable()}>
            <button
              type="button"
              class="secondary"
              disabled={toggleActive.pending()}
              onClick={() => void toggleActive.start()}
            >
              {props.bot.active ? t.editor.deactivate : t.editor.activate}
            </button>
          </Show>
          <ActionStatus error={toggleActive.error()} />
        </Show>
      </section>

      <div class="editor-grid">
        <form
          class="card form"
          aria-labelledby="appearance-title"
          onSubmit={(event) => {
            event.preventDefault();
            void saveBot.start();
          }}
        >
          <h2 id="appearance-title">{t.editor.sections.appearance}</h2>
          <fieldset disabled={!editable()}>
            <legend class="visually-hidden">{t.editor.sections.appearance}</legend>
            <Field label={t.editor.name}>
              {(id) => (
                <input
                  id={id}
                  required
                  maxLength={80}
                  value={draft.name}
                  onInput={(event) => setDraft('name', event.currentTarget.value)}
                />
              )}
            </Field>
            {textInput('title', t.editor.title_, 60)}
            <Field label={t.editor.welcomeMessage} error={appearanceErrors().welcomeMessage}>
              {(id, describedBy) => (
                <textarea
                  id={id}
                  rows={3}
                  maxLength={500}
                  value={draft.appearance.welcomeMessage}
                  aria-describedby={describedBy()}
                  onInput={(event) => setAppearance('welcomeMessage', event.currentTarget.value)}
                />
              )}
            </Field>
            {textInput('placeholder', t.editor.placeholder, 80)}
            <div class="field-row">
              {textInput('launcherEmoji', t.editor.launcherEmoji, 8)}
              {textInput('logoUrl', t.editor.logoUrl, 500)}
            </div>
            <div class="color-grid">
              <For each={colorFields}>
                {([key, optional]) => (
                  <ColorField
                    label={t.editor[key]}
                    value={draft.appearance[key]}
                    optional={optional}
                    error={appearanceErrors()[key]}
                    onInput={(value) => setAppearance(key, value)}
                  />
                )}
              </For>
            </div>
            {textInput('fontFamily', t.editor.fontFamily, 120)}
            <div class="field-row">
              <Field label={t.editor.position}>
                {(id) => (
                  <select
                    id={id}
                    value={draft.appearance.position}
                    onChange={(event) => setAppearance('position', event.currentTarget.value)}
                  >
                    <For each={Object.entries(t.editor.positions)}>
                      {([value, label]) => <option value={value}>{label}</option>}
                    </For>
                  </select>
                )}
              </Field>
              <Field label={t.editor.locale}>
                {(id) => (
                  <select
                    id={id}
                    value={draft.appearance.locale}
                    onChange={(event) => setAppearance('locale', event.currentTarget.value)}
                  >
                    <option value="">{t.pageLanguage}</option>
                    <option value="en">{t.locales.en}</option>
                    <option value="de">{t.locales.de}</option>
                  </select>
                )}
              </Field>
            </div>
            <div class="field-row">
              <Field label={t.editor.timezone}>
                {(id) => (
                  <TimezoneInput id={id} value={draft.timezone} onInput={(value) => setDraft('timezone', value)} />
                )}
              </Field>
              <div class="field checkbox-field">
                <label>
                  <input
                    type="checkbox"
                    checked={draft.appointmentsEnabled}
                    onChange={(event) => setDraft('appointmentsEnabled', event.currentTarget.checked)}
                  />{' '}
                  {t.editor.appointmentsEnabled}
                </label>
              </div>
            </div>
            <button class="primary" type="submit" disabled={saveBot.pending()}>
              {saveBot.pending() ? t.saving : t.editor.saveAppearance}
            </button>
            <ActionStatus error={saveBot.error()} message={saveBot.message()} />
          </fieldset>
        </form>
        <section class="card preview-card" aria-labelledby="preview-title">
          <h2 id="preview-title">{t.editor.preview}</h2>
          <WidgetPreview
            botId={props.botId}
            appearance={draftToAppearance(draft.appearance)}
            version={previewVersion()}
          />
        </section>
      </div>

      <form
        class="card form"
        aria-labelledby="settings-title"
        onSubmit={(event) => {
          event.preventDefault();
          void saveSettings.start();
        }}
      >
        <h2 id="settings-title">{t.editor.sections.behaviour}</h2>
        {/* Disabled until the stored settings arrive, so they never overwrite what someone already typed. */}
        <fieldset disabled={!editable() || settingsDoc.value() === undefined}>
          <legend class="visually-hidden">{t.editor.sections.behaviour}</legend>
          <Field label={t.editor.systemPrompt} hint={t.editor.systemPromptHint} error={settingsErrors().systemPrompt}>
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
            {settingsInput('model', t.editor.model, t.editor.modelHint)}
            {settingsInput('temperature', t.editor.temperature, t.editor.temperatureHint, 'decimal')}
            {settingsInput('maxOutputTokens', t.editor.maxOutputTokens, undefined, 'numeric')}
          </div>
          <h3>{t.editor.sections.limits}</h3>
          <div class="field-row three">
            {settingsInput('maxMessageLength', t.editor.maxMessageLength, undefined, 'numeric')}
            {settingsInput('visitorPerMinute', t.editor.visitorPerMinute, undefined, 'numeric')}
            {settingsInput('visitorPerDay', t.editor.visitorPerDay, undefined, 'numeric')}
            {settingsInput('ipPerMinute', t.editor.ipPerMinute, undefined, 'numeric')}
            {settingsInput('ipPerDay', t.editor.ipPerDay, undefined, 'numeric')}
            {settingsInput('botPerMinute', t.editor.botPerMinute, undefined, 'numeric')}
          </div>
          <h3>{t.editor.sections.access}</h3>
          <div class="field-row">
            <Field
              label={t.editor.allowedOrigins}
              hint={t.editor.allowedOriginsHint}
              error={settingsErrors().allowedOrigins}
            >
              {(id, describedBy, invalid) => (
                <textarea
                  id={id}
                  rows={4}
                  spellcheck={false}
                  value={settings.allowedOrigins}
                  aria-describedby={describedBy()}
                  aria-invalid={invalid()}
                  onInput={(event) => setSettings('allowedOrigins', event.currentTarget.value)}
                />
              )}
            </Field>
            <Field
              label={t.editor.notificationEmails}
              hint={t.editor.notificationEmailsHint}
              error={settingsErrors().notificationEmails}
            >
              {(id, describedBy, invalid) => (
                <textarea
                  id={id}
                  rows={4}
                  spellcheck={false}
                  value={settings.notificationEmails}
                  aria-describedby={describedBy()}
                  aria-invalid={invalid()}
                  onInput={(event) => setSettings('notificationEmails', event.currentTarget.value)}
                />
              )}
            </Field>
          </div>
          <button class="primary" type="submit" disabled={saveSettings.pending()}>
            {saveSettings.pending() ? t.saving : t.editor.saveSettings}
          </button>
          <ActionStatus error={saveSettings.error()} message={saveSettings.message()} />
        </fieldset>
      </form>

      <section class="card" aria-labelledby="embed-title">
        <h2 id="embed-title">{t.editor.sections.embed}</h2>
        <p>{t.editor.embedHint}</p>
        <pre class="snippet" data-testid="embed-snippet">
          <code>{snippet()}</code>
        </pre>
        <CopyButton text={snippet()} label={t.editor.copySnippet} />
      </section>
    </div>
  );

  function settingsInput(key: keyof SettingsDraft, label: string, hint?: string, inputMode?: 'numeric' | 'decimal') {
    return (
      <Field label={label} hint={hint} error={settingsErrors()[key]}>
        {(id, describedBy, invalid) => (
          <input
            id={id}
            inputMode={inputMode}
            value={settings[key]}
            aria-describedby={describedBy()}
            aria-invalid={invalid()}
            onInput={(event) => setSettings(key, event.currentTarget.value)}
          />
        )}
      </Field>
    );
  }
}
