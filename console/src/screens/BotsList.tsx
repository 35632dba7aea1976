import { createSignal, For, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { Field } from '../components/Field.tsx';
import { consoleLocale, t } from '../i18n/strings.ts';
import { botState } from '../lib/botState.ts';
import { browserTimezone } from '../lib/browserTimezone.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { href, navigate } from '../lib/hashRoute.ts';
import { can } from '../lib/session.ts';
import type { TenantData } from '../lib/tenantData.ts';

/** The tenant's bots with their state, and a one-field form for another bot. */
export function BotsList(props: { tenantId: string; data: TenantData }) {
  const [name, setName] = createSignal('');
  const create = createAction(async () => {
    const created = await call('createBot', {
      tenantId: props.tenantId,
      name: name().trim(),
      timezone: browserTimezone(),
      locale: consoleLocale,
    });
    navigate('t', props.tenantId, 'b', created.botId, 'settings');
    return created;
  }, '');

  return (
    <section aria-labelledby="bots-title">
      <h1 id="bots-title">
        {t.bots.title}
        <Show when={props.data.tenant.value()}>{(tenant) => <span class="subtitle"> · {tenant().name}</span>}</Show>
      </h1>
      <p>{t.bots.intro}</p>
      <Show when={props.data.bots.items.some((bot) => bot.review === 'pending')}>
        <p class="notice notice-info" data-testid="review-notice">
          {t.bots.reviewNotice}
        </p>
      </Show>
      <Show when={props.data.bots.loaded} fallback={<p role="status">{t.loading}</p>}>
        <Show when={props.data.bots.items.length > 0} fallback={<p>{t.bots.none}</p>}>
          <ul class="bot-cards">
            <For each={props.data.bots.items}>
              {(bot) => (
                <li class="card bot-card">
                  <span class="bot-emoji" aria-hidden="true" style={{ background: bot.appearance.accentColor }}>
                    {bot.appearance.launcherEmoji}
                  </span>
                  <div>
                    <h2>{bot.name ?? bot.appearance.title}</h2>
                    <p>
                      <span
                        class="badge"
                        classList={{ 'badge-ok': botState(bot).answers, 'badge-off': !botState(bot).answers }}
                      >
                        {botState(bot).label}
                      </span>
                    </p>
                  </div>
                  <nav class="bot-links" aria-label={bot.name ?? bot.appearance.title}>
                    <a href={href('t', props.tenantId, 'b', bot.id, 'conversations')}>{t.nav.conversations}</a>
                    <a href={href('t', props.tenantId, 'b', bot.id, 'bookings')}>{t.nav.bookings}</a>
                    <a href={href('t', props.tenantId, 'b', bot.id, 'settings')}>{t.bots.open}</a>
                  </nav>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
      <Show when={can(props.tenantId, 'bots')}>
        <form
          class="card form inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void create.start();
          }}
        >
          <Field label={t.bots.name}>
            {(id) => (
              <input
                id={id}
                required
                maxLength={80}
                value={name()}
                onInput={(event) => setName(event.currentTarget.value)}
              />
            )}
          </Field>
          <button class="primary" type="submit" disabled={create.pending()}>
            {t.bots.create}
          </button>
          <ActionStatus error={create.error()} />
        </form>
      </Show>
    </section>
  );
}
