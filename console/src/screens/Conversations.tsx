import { Show } from 'solid-js';
import { ConversationList } from '../components/ConversationList.tsx';
import { NotificationChoices } from '../components/NotificationChoices.tsx';
import { Transcript } from '../components/Transcript.tsx';
import { t } from '../i18n/strings.ts';

/** The list beside the open conversation; on narrow screens one of the two at a time. */
export function Conversations(props: { tenantId: string; botId: string; conversationId: string | undefined }) {
  return (
    <div class="conversations" classList={{ 'has-selection': Boolean(props.conversationId) }}>
      <div class="conversations-title">
        <h1>{t.conversations.title}</h1>
        <NotificationChoices tenantId={props.tenantId} botId={props.botId} />
      </div>
      <ConversationList tenantId={props.tenantId} botId={props.botId} selectedId={props.conversationId} />
      <Show
        when={props.conversationId}
        keyed
        fallback={
          <div class="transcript transcript-empty">
            <p>{t.conversations.choose}</p>
          </div>
        }
      >
        {(conversationId) => (
          <Transcript tenantId={props.tenantId} botId={props.botId} conversationId={conversationId} />
        )}
      </Show>
    </div>
  );
}
