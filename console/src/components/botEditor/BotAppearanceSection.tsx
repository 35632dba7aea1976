import type { Bot } from '@frontdesk/contract';
import { createSignal } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import { botToDraft, draftToAppearance, type FieldErrors, validateAppearance } from '../../lib/botDraft.ts';
import { call } from '../../lib/callables.ts';
import { createAction } from '../../lib/createAction.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { WidgetPreview } from '../WidgetPreview.tsx';
import { BotBookingFields } from './BotBookingFields.tsx';
import { BotStyleFields } from './BotStyleFields.tsx';
import { BotTextFields } from './BotTextFields.tsx';

/**
 * The bot's name, timezone and the widget's appearance, next to a live preview of the widget as typed.
 * Saved together through `updateBot`; the preview reloads the saved bot after each save.
 */
export function BotAppearanceSection(props: { botId: string; bot: Bot; editable: boolean }) {
  const [draft, setDraft] = createStore(botToDraft(props.bot));
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [previewVersion, setPreviewVersion] = createSignal(0);

  const save = createAction(async () => {
    const { value, errors: found } = validateAppearance(unwrap(draft.appearance));
    setErrors(found);
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

  return (
    <div class="editor-grid">
      <form
        class="card form"
        aria-labelledby="appearance-title"
        onSubmit={(event) => {
          event.preventDefault();
          void save.start();
        }}
      >
        <h2 id="appearance-title">{t.editor.sections.appearance}</h2>
        <fieldset disabled={!props.editable}>
          <legend class="visually-hidden">{t.editor.sections.appearance}</legend>
          <BotTextFields draft={draft} setDraft={setDraft} errors={errors()} />
          <BotStyleFields draft={draft} setDraft={setDraft} errors={errors()} />
          <BotBookingFields draft={draft} setDraft={setDraft} />
          <button class="primary" type="submit" disabled={save.pending()}>
            {save.pending() ? t.saving : t.editor.saveAppearance}
          </button>
          <ActionStatus error={save.error()} message={save.message()} />
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
  );
}
