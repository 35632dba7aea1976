import { type Conversation, PRESENCE_ONLINE_MS, paths } from '@frontdesk/contract';
import { createSignal, onCleanup, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { listenDoc } from '../lib/listen.ts';
import { toDate } from '../lib/toDate.ts';

/**
 * Who the visitor is and where: online now (their widget's heartbeat is recent), the page they started on and
 * the one they are on, where they came from, language and time zone, and the address they left for mail answers.
 */
export function VisitorPanel(props: { botId: string; conversationId: string; conversation: Conversation }) {
  const presence = listenDoc<{ lastSeenAt?: unknown }>(() =>
    paths.presence(props.botId, props.conversationId, 'visitor'),
  );
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 15_000);
  onCleanup(() => clearInterval(timer));
  const online = () => {
    const seen = toDate(presence.value()?.lastSeenAt);
    return seen !== undefined && now() - seen.getTime() < PRESENCE_ONLINE_MS;
  };
  const context = () => props.conversation.context;
  const row = (label: string, value: string | undefined, link = false) => (
    <Show when={value}>
      <dt>{label}</dt>
      <dd>
        {link ? (
          <a href={value} target="_blank" rel="noopener noreferrer nofollow">
            {value}
          </a>
        ) : (
          value
        )}
      </dd>
    </Show>
  );
  return (
    <div class="visitor-panel" data-testid="visitor-panel">
      <span class="presence" classList={{ 'presence-online': online() }} data-testid="visitor-presence">
        {online() ? t.reach.online : t.reach.offline}
      </span>
      <dl class="details">
        {row(t.reach.email, props.conversation.visitorEmail ?? undefined)}
        {row(t.reach.page, context()?.pageUrl, true)}
        {row(
          t.reach.currentPage,
          props.conversation.currentPageUrl !== context()?.pageUrl ? props.conversation.currentPageUrl : undefined,
          true,
        )}
        {row(t.reach.pageTitle, context()?.title)}
        {row(t.reach.referrer, context()?.referrer || undefined, true)}
        {row(t.reach.language, context()?.language)}
        {row(t.reach.timezone, context()?.timezone)}
      </dl>
      <Show when={!context()}>
        <p class="hint">{t.reach.noContext}</p>
      </Show>
    </div>
  );
}
