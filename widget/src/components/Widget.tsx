import { createEffect, createSignal, Show } from 'solid-js';
import { createConversationStore } from '../lib/createConversationStore.ts';
import { ChatPanel } from './ChatPanel.tsx';

export function Widget(props: { botId: string; origin: string; host: HTMLElement }) {
  const [state, actions] = createConversationStore({ botId: props.botId, origin: props.origin });
  const [open, setOpen] = createSignal(false);
  createEffect(() => {
    const accent = state.bot?.appearance.accentColor;
    if (accent) props.host.style.setProperty('--fd-accent', accent);
  });
  const toggle = () => {
    setOpen(!open());
    if (open()) void actions.connect();
  };
  return (
    <>
      <Show when={open()}>
        <ChatPanel state={state} onSend={(text) => void actions.send(text)} onClose={() => setOpen(false)} />
      </Show>
      <button
        type="button"
        class="launcher"
        aria-label={open() ? 'Close chat' : 'Open chat'}
        aria-expanded={open()}
        onClick={toggle}
      >
        {state.bot?.appearance.launcherEmoji ?? '💬'}
      </button>
    </>
  );
}
