import { type CalendarFeed, paths } from '@frontdesk/contract';
import { createSignal, Show } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { formatWhen } from '../lib/formatDate.ts';
import { listenDoc } from '../lib/listen.ts';
import { ActionStatus } from './ActionStatus.tsx';
import { CopyButton } from './CopyButton.tsx';

/**
 * The bot's calendar subscription address: made (anew) or revoked here, shown once when made, as only a hash
 * of its secret is kept. Owners and admins, like the other bot settings.
 */
export function CalendarFeedCard(props: { botId: string }) {
  const feed = listenDoc<CalendarFeed>(() => paths.calendarFeed(props.botId));
  const [url, setUrl] = createSignal<string | null>(null);
  const change = createAction(
    async (action: 'create' | 'revoke') => {
      const answer = await call('setCalendarFeed', { botId: props.botId, action });
      setUrl(answer.url);
      return action;
    },
    (action) => (action === 'create' ? t.bookings.feedCreated : t.bookings.feedRevoked),
  );
  return (
    <section class="card" aria-labelledby="feed-title" data-testid="calendar-feed">
      <h2 id="feed-title">{t.bookings.feed}</h2>
      <p class="hint">{t.bookings.feedIntro}</p>
      <Show
        when={url()}
        fallback={
          <p>{feed.value() ? t.bookings.feedActive(formatWhen(feed.value()?.createdAt)) : t.bookings.feedNone}</p>
        }
      >
        {(address) => (
          <p>
            <code data-testid="calendar-feed-url">{address()}</code> <CopyButton text={address()} label={t.copy} />
          </p>
        )}
      </Show>
      <div class="button-row">
        <button type="button" class="secondary" disabled={change.pending()} onClick={() => void change.start('create')}>
          {t.bookings.feedCreate}
        </button>
        <Show when={feed.value()}>
          <button type="button" class="danger" disabled={change.pending()} onClick={() => void change.start('revoke')}>
            {t.bookings.feedRevoke}
          </button>
        </Show>
      </div>
      <ActionStatus error={change.error()} message={change.message()} />
    </section>
  );
}
