import { For } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { BotDraft, FieldErrors } from '../../lib/botDraft.ts';
import { ColorField } from '../ColorField.tsx';
import { Field } from '../Field.tsx';
import { AppearanceTextField } from './AppearanceTextField.tsx';

const colorFields = [
  ['accentColor', false],
  ['accentHoverColor', true],
  ['visitorBubbleColor', true],
  ['visitorTextColor', true],
  ['botBubbleColor', true],
  ['botTextColor', true],
] as const;

/** How the widget looks and speaks: colours, font, position on the page and language. */
export function BotStyleFields(props: { draft: BotDraft; setDraft: SetStoreFunction<BotDraft>; errors: FieldErrors }) {
  return (
    <>
      <div class="color-grid">
        <For each={colorFields}>
          {([key, optional]) => (
            <ColorField
              label={t.editor[key]}
              value={props.draft.appearance[key]}
              optional={optional}
              error={props.errors[key]}
              onInput={(value) => props.setDraft('appearance', key, value)}
            />
          )}
        </For>
      </div>
      <AppearanceTextField
        label={t.editor.fontFamily}
        maxLength={120}
        value={props.draft.appearance.fontFamily}
        error={props.errors.fontFamily}
        onInput={(value) => props.setDraft('appearance', 'fontFamily', value)}
      />
      <div class="field-row">
        <Field label={t.editor.position}>
          {(id) => (
            <select
              id={id}
              value={props.draft.appearance.position}
              onChange={(event) => props.setDraft('appearance', 'position', event.currentTarget.value)}
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
              value={props.draft.appearance.locale}
              onChange={(event) => props.setDraft('appearance', 'locale', event.currentTarget.value)}
            >
              <option value="">{t.pageLanguage}</option>
              <option value="en">{t.locales.en}</option>
              <option value="de">{t.locales.de}</option>
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
