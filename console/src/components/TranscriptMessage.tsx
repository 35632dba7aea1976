import type { Message, MessageMeta } from '@frontdesk/contract';
import { For, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { formatInZone, formatWhen } from '../lib/formatDate.ts';
import { MarkdownText } from './MarkdownText.tsx';

/**
 * One message of a transcript: the visitor's as plain text, the assistant's and the team's as the Markdown
 * the widget shows (DOM nodes, never HTML), so whatever a visitor or the model wrote stays inert here. A reply's
 * reasoning, kept when the bot shows it to the team, folds out above it (plain text); a failed reply says why.
 */
export function TranscriptMessage(props: {
  message: Message & { id: string };
  reasoning?: string | undefined;
  /** The team's part of the message: which model wrote a reply and what it used. */
  meta?: MessageMeta | undefined;
}) {
  const live = () => props.message.status === 'pending' || props.message.status === 'streaming';
  const usedTokens = () => {
    const usage = props.meta?.usage;
    return usage ? { tokens: usage.promptTokens + usage.completionTokens, estimated: usage.estimated } : null;
  };
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
      <Show when={props.reasoning}>
        {(text) => (
          <details class="message-reasoning" data-testid="transcript-reasoning">
            <summary>{t.conversations.reasoning}</summary>
            <p>{text()}</p>
          </details>
        )}
      </Show>
      <div class="message-text">
        <Show
          when={props.message.role !== 'visitor'}
          fallback={<p class="message-body message-plain">{props.message.text}</p>}
        >
          <MarkdownText class="message-body" text={props.message.text} streaming={live()} />
        </Show>
        <Show when={live()}>
          <span class="typing"> {t.conversations.typing}</span>
        </Show>
      </div>
      <For each={props.message.attachments ?? []}>
        {(attachment) => (
          <p class="hint">
            {attachment.kind === 'slots'
              ? t.conversations.slotsOffered(attachment.slots.length)
              : t.conversations.bookingMade(formatInZone(attachment.start, attachment.timezone))}
          </p>
        )}
      </For>
      <Show when={props.message.role === 'assistant' ? props.meta?.knowledge : undefined}>
        {(knowledge) => (
          <Show
            when={knowledge().passages.length > 0}
            fallback={
              <Show when={knowledge().unanswered}>
                <p class="hint" data-testid="reply-unanswered">
                  {t.conversations.unanswered}
                </p>
              </Show>
            }
          >
            <details class="message-passages" data-testid="reply-passages">
              <summary>{t.conversations.passagesUsed(knowledge().passages.length)}</summary>
              <ol>
                <For each={knowledge().passages}>
                  {(passage) => (
                    <li data-cited={passage.cited}>
                      <span class="hint">
                        {t.conversations.passageLine(passage.ref, passage.title, passage.distance, passage.cited)}
                      </span>
                      <p>{passage.excerpt}</p>
                    </li>
                  )}
                </For>
              </ol>
            </details>
          </Show>
        )}
      </Show>
      <Show when={props.message.role === 'assistant' ? props.meta?.model : undefined}>
        {(model) => (
          <p class="hint" data-testid="reply-meta">
            {t.conversations.replyMeta(model(), usedTokens())}
          </p>
        )}
      </Show>
      <Show when={props.message.status === 'error'}>
        <p class="field-error" data-testid="reply-failure">
          {t.conversations.replyFailed(props.message.errorCode ?? 'internal')}{' '}
          {t.conversations.replyErrors[props.message.errorCode ?? 'internal']}
        </p>
      </Show>
    </li>
  );
}
