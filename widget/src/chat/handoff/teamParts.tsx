import type { Locale } from '@frontdesk/contract';
import { createSignal, onCleanup, Show } from 'solid-js';
import type { FirebaseConnection } from '../lib/connectFirebase.ts';
import { startPresence } from '../lib/presence.ts';
import { handoffStrings } from './handoffStrings.ts';

/**
 * The parts of reaching the team that the chat shows once a conversation exists, loaded then and not with the
 * chat: the "Talk to a person" chip, and presence (the heartbeat that tells the team the visitor is here, and the
 * notice that a team member is typing).
 */
export function TeamChip(props: { locale: Locale; onClick: () => void }) {
  return (
    <button type="button" class="chip" data-testid="talk-to-person" onClick={() => props.onClick()}>
      {handoffStrings[props.locale].title}
    </button>
  );
}

export function Presence(props: {
  locale: Locale;
  connection: FirebaseConnection;
  /** The visitor's and the team's presence documents (presencePath). */
  paths: { visitor: string; team: string };
  isOpen: () => boolean;
}) {
  const [typing, setTyping] = createSignal(false);
  onCleanup(
    startPresence({
      connection: props.connection,
      paths: props.paths,
      isOpen: props.isOpen,
      onTeamTyping: setTyping,
    }),
  );
  return (
    <Show when={typing()}>
      <p class="team-notice" role="status" data-testid="team-typing">
        {handoffStrings[props.locale].typing}
      </p>
    </Show>
  );
}
