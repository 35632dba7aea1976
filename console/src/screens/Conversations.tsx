import { Show } from 'solid-js';
import { ConversationList } from '../components/ConversationList.tsx';
import { Transcript } from '../components/Transcript.tsx';
import { t } from '../i18n/strings.ts';
import { listenConversations } from '../lib/conversationData.ts';

/** The live list beside the open conversation; on narrow screens one of the two at a time. */
export function Conversations(props: { tenantId: string; botId: string; conversationId: string | undefined }) {
  const conversations = listenConversations(
    () => props.tenantId,
    () => props.botId,
  );
  return (
    <div class="conversations" classList={{ 'has-selection': Boolean(props.conversationId) }}>
      <h1 class="conversations-title">{t.conversations.title}</h1>
      <ConversationList
        tenantId={props.tenantId}
        botId={props.botId}
        selectedId={props.conversationId}
        conversations={conversations}
      />
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
