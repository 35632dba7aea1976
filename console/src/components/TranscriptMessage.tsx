import type { Message } from '@frontdesk/contract';
import { For, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { formatInZone, formatWhen } from '../lib/formatDate.ts';

/**
 * One message of a transcript. Text is rendered as plain text (never as HTML), so whatever a visitor or the
 * model wrote stays inert here.
 */
export function TranscriptMessage(props: { message: Message & { id: string } }) {
  const live = () => props.message.status === 'pending' || props.message.status === 'streaming';
  return (
    <li
      class={`message message-${props.message.role}`}
      data-testid="transcript-message"
      data-role={props.message.role}
      data-status={props.message.status}
    >
      <span class="message-author">
        {t.conversations.roles[props.message.role]} · <span class="hint">{formatWhen(props.message.createdAt)}</span>
      </span>
      <p class="message-text">
        <span class="message-body">{props.message.text}</span>
        <Show when={live()}>
          <span class="typing"> {t.conversations.typing}</span>
        </Show>
      </p>
      <For each={props.message.attachments ?? []}>
        {(attachment) => (
          <p class="hint">
            {attachment.kind === 'slots'
              ? t.conversations.slotsOffered(attachment.slots.length)
              : t.conversations.bookingMade(formatInZone(attachment.start, attachment.timezone))}
          </p>
        )}
      </For>
      <Show when={props.message.status === 'error'}>
        <p class="field-error">{t.conversations.replyFailed(props.message.errorCode ?? 'internal')}</p>
      </Show>
    </li>
  );
}
