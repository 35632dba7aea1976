import type { Conversation } from '@frontdesk/contract';
import { createSignal, For, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import {
  CONVERSATION_LIST_LIMIT,
  type ConversationFilter,
  conversationExists,
  conversationFilters,
  listenConversations,
  loadOlderConversations,
} from '../lib/conversationData.ts';
import { formatWhen } from '../lib/formatDate.ts';
import { href, navigate } from '../lib/hashRoute.ts';
import type { WithId } from '../lib/listen.ts';

/**
 * The conversations, newest activity first: the newest 100 of a filter live, older ones page by page with a
 * cursor; a lookup by visitor email lists theirs, a conversation id opens it. Unread ones are marked in text,
 * not only by colour.
 */
export function ConversationList(props: { tenantId: string; botId: string; selectedId: string | undefined }) {
  const [filter, setFilter] = createSignal<ConversationFilter>('all');
  const [email, setEmail] = createSignal<string | null>(null);
  const [lookup, setLookup] = createSignal('');
  const [lookupProblem, setLookupProblem] = createSignal('');
  const [older, setOlder] = createSignal<WithId<Conversation>[]>([]);
  const [noOlder, setNoOlder] = createSignal(false);
  const conversations = listenConversations(
    () => props.tenantId,
    () => props.botId,
    filter,
    email,
  );
  const resetPages = () => {
    setOlder([]);
    setNoOlder(false);
  };
  const all = () => [
    ...conversations.items,
    ...older().filter((item) => !conversations.items.some((live) => live.id === item.id)),
  ];
  const loadOlder = async () => {
    const last = all().at(-1);
    if (!last) return;
    const page = await loadOlderConversations(props.tenantId, props.botId, filter(), email(), last.id);
    setOlder((current) => [...current, ...page]);
    if (page.length < CONVERSATION_LIST_LIMIT) setNoOlder(true);
  };
  const find = async () => {
    const value = lookup().trim();
    setLookupProblem('');
    resetPages();
    if (!value) return setEmail(null);
    if (value.includes('@')) return setEmail(value.toLowerCase());
    if (await conversationExists(props.botId, value)) {
      navigate('t', props.tenantId, 'b', props.botId, 'conversations', value);
    } else setLookupProblem(t.reach.notFound);
  };

  return (
    <nav class="conversation-list" aria-label={t.conversations.list}>
      <div class="list-tools">
        <label>
          <span>{t.reach.filter}</span>
          <select
            value={filter()}
            data-testid="conversation-filter"
            onChange={(event) => {
              resetPages();
              setEmail(null);
              setFilter(event.currentTarget.value as ConversationFilter);
            }}
          >
            <For each={conversationFilters}>{(name) => <option value={name}>{t.reach.filters[name]}</option>}</For>
          </select>
        </label>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void find();
          }}
        >
          <label for="conversation-lookup" class="visually-hidden">
            {t.reach.lookup}
          </label>
          <input
            id="conversation-lookup"
            type="search"
            placeholder={t.reach.lookup}
            maxLength={254}
            value={lookup()}
            onInput={(event) => setLookup(event.currentTarget.value)}
          />
          <button type="submit" class="secondary">
            {t.reach.find}
          </button>
          <Show when={email()}>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                setLookup('');
                void find();
              }}
            >
              {t.reach.clearLookup}
            </button>
          </Show>
        </form>
        <Show when={lookupProblem()}>
          <p role="alert">{lookupProblem()}</p>
        </Show>
      </div>
      <Show when={conversations.loaded} fallback={<p role="status">{t.loading}</p>}>
        <Show when={!conversations.error} fallback={<p role="alert">{t.errors.permission}</p>}>
          <Show when={all().length > 0} fallback={<p class="empty">{t.conversations.none}</p>}>
            <ul>
              <For each={all()}>
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
                        <span class="conversation-who">
                          {conversation.visitorEmail ?? t.conversations.visitor(conversation.visitorUid)}
                        </span>
                        <span class="conversation-time">{formatWhen(conversation.lastActivityAt)}</span>
                      </span>
                      <span class="conversation-preview">{conversation.preview || '…'}</span>
                      <span class="conversation-meta">
                        <Show when={conversation.unreadForTeam}>
                          <span class="badge badge-unread">{t.conversations.unread}</span>
                        </Show>
                        <span
                          class="badge"
                          classList={{
                            'badge-human': conversation.status === 'human',
                            'badge-unread': conversation.status === 'waiting',
                          }}
                        >
                          {t.conversations.status[conversation.status]}
                        </span>
                        <span class="hint">{t.conversations.messages(conversation.messageCount ?? 0)}</span>
                      </span>
                    </a>
                  </li>
                )}
              </For>
            </ul>
            <Show when={!noOlder()} fallback={<p class="hint">{t.reach.noOlder}</p>}>
              <Show when={conversations.items.length >= CONVERSATION_LIST_LIMIT}>
                <button type="button" class="secondary" data-testid="load-older" onClick={() => void loadOlder()}>
                  {t.reach.older}
                </button>
              </Show>
            </Show>
          </Show>
        </Show>
      </Show>
    </nav>
  );
}
