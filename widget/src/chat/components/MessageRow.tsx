import type { Locale } from '@frontdesk/contract';
import { For, Match, Show, Switch } from 'solid-js';
import type { ChatMessage } from '../lib/createConversationStore.ts';
import { createReveal } from '../lib/createReveal.ts';
import { callErrorText, type Strings } from '../strings.ts';
import { BookingSummary } from './BookingSummary.tsx';
import { MarkdownText } from './MarkdownText.tsx';
import { SlotChoices } from './SlotChoices.tsx';
import { TypingDots } from './TypingDots.tsx';

export interface SlotPick {
  serviceId?: string;
  start: string;
  durationMinutes: number;
  timezone: string;
}

/**
 * One message: the visitor's as plain text; a reply as markdown revealed smoothly, with a typing indicator,
 * an explained error and a retry inside the bubble, and its slots or booking; a team member's reply marked as such.
 * `data-status` is what the bubble shows: a reply counts as streaming until its text is fully revealed.
 */
export function MessageRow(props: {
  message: ChatMessage;
  t: Strings;
  locale: Locale;
  onRetry: (message: ChatMessage) => void;
  onPickSlot: (slot: SlotPick) => void;
}) {
  const reveal = createReveal(
    () => props.message.text,
    () => props.message.status === 'pending' || props.message.status === 'streaming',
  );
  const shownStatus = () => (reveal.revealing() ? 'streaming' : props.message.status);
  const waiting = () => shownStatus() === 'pending' || (shownStatus() === 'streaming' && !reveal.text());
  const failure = () => (props.message.delivery?.state === 'failed' ? props.message.delivery : null);
  return (
    <div class="row" data-role={props.message.role}>
      <Show when={props.message.role === 'agent'}>
        <span class="author">{props.t.teamMember}</span>
      </Show>
      <div class="bubble" data-testid="message" data-role={props.message.role} data-status={shownStatus()}>
        <Switch fallback={<MarkdownText text={reveal.text()} streaming={shownStatus() === 'streaming'} />}>
          <Match when={props.message.role === 'visitor'}>{props.message.text}</Match>
          <Match when={waiting()}>
            <TypingDots label={props.t.typing} />
          </Match>
        </Switch>
        <Show when={shownStatus() === 'error'}>
          <p class="problem" data-testid="reply-error">
            <span>{props.t.replyErrors[props.message.errorCode ?? 'internal']}</span>
            <button type="button" class="link-button" onClick={() => props.onRetry(props.message)}>
              {props.t.retry}
            </button>
          </p>
        </Show>
      </div>
      <Show when={props.message.delivery?.state === 'sending'}>
        <span class="sending">{props.t.sending}</span>
      </Show>
      <Show when={failure()}>
        {(problem) => (
          <p class="problem" data-testid="send-error" role="alert">
            <span>
              {props.t.notSent} {callErrorText(props.t, problem().reason)}
              {problem().retryAfterSeconds ? ` ${props.t.retryAfter(problem().retryAfterSeconds as number)}` : ''}
            </span>
            <button type="button" class="link-button" onClick={() => props.onRetry(props.message)}>
              {props.t.retry}
            </button>
          </p>
        )}
      </Show>
      <Show when={shownStatus() === 'done' && props.message.sources?.length}>
        {/* Cited knowledge: a page as a link (its URL came from the bot's own fetch, http(s) only), else its title. */}
        <ul class="sources" aria-label={props.t.sources} data-testid="reply-sources">
          <For each={props.message.sources}>
            {(source) => (
              <li>
                [{source.ref}]{' '}
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={shownStatus() === 'done'}>
        <For each={props.message.attachments}>
          {(attachment) => (
            <Switch>
              <Match when={attachment.kind === 'slots' && attachment}>
                {(slots) => (
                  <SlotChoices attachment={slots()} locale={props.locale} t={props.t} onPick={props.onPickSlot} />
                )}
              </Match>
              <Match when={attachment.kind === 'booking' && attachment}>
                {(booking) => <BookingSummary booking={booking()} locale={props.locale} t={props.t} />}
              </Match>
            </Switch>
          )}
        </For>
      </Show>
    </div>
  );
}
