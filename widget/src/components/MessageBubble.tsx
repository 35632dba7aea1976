import type { ReplyErrorCode } from '@frontdesk/contract';
import { Match, Switch } from 'solid-js';
import type { ChatMessage } from '../lib/createConversationStore.ts';

const errorText: Record<ReplyErrorCode, string> = {
  upstream_error: 'The assistant is unavailable right now.',
  upstream_rate_limited: 'The assistant is busy right now.',
  timeout: 'The reply took too long.',
  interrupted: 'The reply was interrupted.',
  internal: 'Something went wrong.',
};

export function MessageBubble(props: { message: ChatMessage }) {
  return (
    <div class="bubble" data-role={props.message.role} data-status={props.message.status} data-testid="message">
      <Switch>
        <Match when={props.message.status === 'pending'}>
          <span class="typing" role="img" aria-label="Typing">
            <span />
            <span />
            <span />
          </span>
        </Match>
        <Match when={true}>{props.message.text}</Match>
      </Switch>
      <Switch>
        <Match when={props.message.status === 'error'}>
          <span class="error-note">{errorText[props.message.errorCode ?? 'internal']}</span>
        </Match>
      </Switch>
    </div>
  );
}
