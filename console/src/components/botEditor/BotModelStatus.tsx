import type { ModelStatus } from '@frontdesk/contract';
import { Show } from 'solid-js';
import { t } from '../../i18n/strings.ts';

/**
 * What the functions learned about the bot's model (its `modelStatus`): a provider that refused the booking
 * tools means visitors book with the widget's button, and the team should know why the chat does not book.
 */
export function BotModelStatus(props: { status: ModelStatus | null | undefined }) {
  const others = () => props.status?.refusedFields.filter((field) => field !== 'tools') ?? [];
  return (
    <Show when={props.status?.refusedFields.length ? props.status : undefined}>
      {(status) => (
        <div class="notice notice-info" role="status" data-testid="model-status">
          <Show when={status().refusedFields.includes('tools')}>
            <p>{t.editor.modelWithoutTools(status().model)}</p>
          </Show>
          <Show when={others().length > 0}>
            <p>{t.editor.modelRefusedFields(status().model, others().join(', '))}</p>
          </Show>
          <p class="hint">{t.editor.modelStatusCleared}</p>
        </div>
      )}
    </Show>
  );
}
