import { createEffect, For, Show } from 'solid-js';
import type { ConversationState } from '../lib/createConversationStore.ts';
import { Composer } from './Composer.tsx';
import { MessageBubble } from './MessageBubble.tsx';

export function ChatPanel(props: { state: ConversationState; onSend: (text: string) => void; onClose: () => void }) {
  let list: HTMLDivElement | undefined;
  createEffect(() => {
    // Follow the conversation as messages arrive and replies grow.
    const last = props.state.messages.at(-1);
    void last?.text;
    list?.scrollTo({ top: list.scrollHeight });
  });
  const appearance = () => props.state.bot?.appearance;
  return (
    <section class="panel" role="dialog" aria-label={appearance()?.title ?? 'Chat'}>
      <header class="header">
        <span>{appearance()?.title ?? 'Chat'}</span>
        <button type="button" aria-label="Close chat" onClick={() => props.onClose()}>
          ×
        </button>
      </header>
      <div class="messages" ref={list} aria-live="polite">
        <Show when={appearance()?.welcomeMessage}>
          {(welcome) => (
            <div class="bubble" data-role="assistant">
              {welcome()}
            </div>
          )}
        </Show>
        <For each={props.state.messages}>{(message) => <MessageBubble message={message} />}</For>
      </div>
      <Show when={props.state.sendError}>{(error) => <p class="notice">{error()}</p>}</Show>
      <Show when={props.state.phase === 'failed'}>
        <p class="notice">The chat could not connect. Please try again later.</p>
      </Show>
      <Composer
        placeholder={appearance()?.placeholder ?? 'Type your message…'}
        disabled={props.state.phase !== 'ready' || props.state.sending}
        onSend={(text) => props.onSend(text)}
      />
    </section>
  );
}
