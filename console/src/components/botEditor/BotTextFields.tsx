import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { BotDraft, FieldErrors } from '../../lib/botDraft.ts';
import { Field } from '../Field.tsx';
import { AppearanceTextField } from './AppearanceTextField.tsx';

/** The bot's name and the widget's texts: title, welcome message, placeholder, launcher emoji and logo. */
export function BotTextFields(props: { draft: BotDraft; setDraft: SetStoreFunction<BotDraft>; errors: FieldErrors }) {
  return (
    <>
      <Field label={t.editor.name}>
        {(id) => (
          <input
            id={id}
            required
            maxLength={80}
            value={props.draft.name}
            onInput={(event) => props.setDraft('name', event.currentTarget.value)}
          />
        )}
      </Field>
      <AppearanceTextField
        label={t.editor.title_}
        maxLength={60}
        value={props.draft.appearance.title}
        error={props.errors.title}
        onInput={(value) => props.setDraft('appearance', 'title', value)}
      />
      <Field label={t.editor.welcomeMessage} error={props.errors.welcomeMessage}>
        {(id, describedBy) => (
          <textarea
            id={id}
            rows={3}
            maxLength={500}
            value={props.draft.appearance.welcomeMessage}
            aria-describedby={describedBy()}
            onInput={(event) => props.setDraft('appearance', 'welcomeMessage', event.currentTarget.value)}
          />
        )}
      </Field>
      <AppearanceTextField
        label={t.editor.placeholder}
        maxLength={80}
        value={props.draft.appearance.placeholder}
        error={props.errors.placeholder}
        onInput={(value) => props.setDraft('appearance', 'placeholder', value)}
      />
      <div class="field-row">
        <AppearanceTextField
          label={t.editor.launcherEmoji}
          maxLength={8}
          value={props.draft.appearance.launcherEmoji}
          error={props.errors.launcherEmoji}
          onInput={(value) => props.setDraft('appearance', 'launcherEmoji', value)}
        />
        <AppearanceTextField
          label={t.editor.logoUrl}
          maxLength={500}
          value={props.draft.appearance.logoUrl}
          error={props.errors.logoUrl}
          onInput={(value) => props.setDraft('appearance', 'logoUrl', value)}
        />
      </div>
    </>
  );
}
