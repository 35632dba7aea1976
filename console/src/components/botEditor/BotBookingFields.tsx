import type { SetStoreFunction } from 'solid-js/store';
import { t } from '../../i18n/strings.ts';
import type { BotDraft } from '../../lib/botDraft.ts';
import { Field } from '../Field.tsx';
import { TimezoneInput } from '../TimezoneInput.tsx';

/** The bot's timezone and whether visitors can book appointments through it. */
export function BotBookingFields(props: { draft: BotDraft; setDraft: SetStoreFunction<BotDraft> }) {
  return (
    <div class="field-row">
      <Field label={t.editor.timezone}>
        {(id) => (
          <TimezoneInput id={id} value={props.draft.timezone} onInput={(value) => props.setDraft('timezone', value)} />
        )}
      </Field>
      <div class="field checkbox-field">
        <label>
          <input
            type="checkbox"
            checked={props.draft.appointmentsEnabled}
            onChange={(event) => props.setDraft('appointmentsEnabled', event.currentTarget.checked)}
          />{' '}
          {t.editor.appointmentsEnabled}
        </label>
      </div>
    </div>
  );
}
