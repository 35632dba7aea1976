import type { Conversation } from '@frontdesk/contract';
import { For, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { formatWhen } from '../lib/formatDate.ts';
import { href } from '../lib/hashRoute.ts';
import type { ListenedQuery } from '../lib/listen.ts';

/** Live list of conversations, newest activity first; unread ones are marked in text, not only by colour. */
export function ConversationList(props: {
  tenantId: string;
  botId: string;
  selectedId: string | undefined;
  conversations: ListenedQuery<Conversation>;
}) {
  return (
    <nav class="conversation-list" aria-label={t.conversations.list}>
      <Show when={props.conversations.loaded} fallback={<p role="status">{t.loading}</p>}>
        <Show when={!props.conversations.error} fallback={<p role="alert">{t.errors.permission}</p>}>
          <Show when={props.conversations.items.length > 0} fallback={<p class="empty">{t.conversations.none}</p>}>
            <ul>
              <For each={props.conversations.items}>
                {(conversation) => (
                  <li>
                    <a
                      href={href('t', props.tenantId, 'b', props.botId, 'conversations', conversation.id)}
                      aria-current={props.selectedId === conversation.id ? 'page' : undefined}
                      classList={{ unread: Boolean(conversation.unreadForTeam) }}
                      data-testid="conversation-item"
                      data-unread={conversation.unreadForTeam ? 'true' : 'false'}
                    >
                      <span class="conversation-head">
                        <span class="conversation-who">{t.conversations.visitor(conversation.visitorUid)}</span>
                        <span class="conversation-time">{formatWhen(conversation.lastActivityAt)}</span>
                      </span>
                      <span class="conversation-preview">{conversation.preview || '…'}</span>
                      <span class="conversation-meta">
                        <Show when={conversation.unreadForTeam}>
                          <span class="badge badge-unread">{t.conversations.unread}</span>
                        </Show>
                        <span class="badge" classList={{ 'badge-human': conversation.status === 'human' }}>
                          {t.conversations.status[conversation.status]}
                        </span>
                        <span class="hint">{t.conversations.messages(conversation.messageCount ?? 0)}</span>
                      </span>
                    </a>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Show>
      </Show>
    </nav>
  );
}
