import { createMemo, Match, Show, Switch } from 'solid-js';
import { Shell } from './components/Shell.tsx';
import { t } from './i18n/strings.ts';
import { roleIn } from './lib/session.ts';
import { listenTenant } from './lib/tenantData.ts';
import { Bookings } from './screens/Bookings.tsx';
import { BotEditor } from './screens/BotEditor.tsx';
import { BotsList } from './screens/BotsList.tsx';
import { Conversations } from './screens/Conversations.tsx';
import { DataRights } from './screens/DataRights.tsx';
import { Knowledge } from './screens/Knowledge.tsx';
import { Team } from './screens/Team.tsx';
import { Usage } from './screens/Usage.tsx';
import { Webhooks } from './screens/Webhooks.tsx';

/**
 * Screens of one tenant: `bots`, `team`, `usage`, `data`, and per bot `b/{botId}/settings|conversations|bookings|knowledge`.
 * The tenant and its bots are followed live here, once, for the navigation and every screen.
 */
export function TenantRoutes(props: { tenantId: string; rest: string[] }) {
  const data = listenTenant(() => props.tenantId);
  const routeBotId = () => (props.rest[0] === 'b' ? props.rest[1] : undefined);
  const botId = createMemo(() => routeBotId() ?? data.bots.items[0]?.id);
  const bot = () => data.bots.items.find((item) => item.id === botId());
  const screen = () => (props.rest[0] === 'b' ? (props.rest[2] ?? 'conversations') : (props.rest[0] ?? 'home'));

  return (
    <Shell tenantId={props.tenantId} botId={botId()} bots={data.bots.items}>
      <Show when={roleIn(props.tenantId)} fallback={<p role="alert">{t.errors.reasons.not_a_member}</p>}>
        <Switch fallback={<BotsList tenantId={props.tenantId} data={data} />}>
          <Match when={screen() === 'team'}>
            <Team tenantId={props.tenantId} data={data} />
          </Match>
          <Match when={screen() === 'usage'}>
            <Usage tenantId={props.tenantId} />
          </Match>
          <Match when={screen() === 'webhooks'}>
            <Webhooks tenantId={props.tenantId} />
          </Match>
          <Match when={screen() === 'data'}>
            <DataRights tenantId={props.tenantId} data={data} />
          </Match>
          <Match when={screen() === 'settings' && bot()} keyed>
            {(current) => <BotEditor tenantId={props.tenantId} botId={current.id} bot={current} />}
          </Match>
          <Match when={screen() === 'conversations' && routeBotId()} keyed>
            {(id) => <Conversations tenantId={props.tenantId} botId={id} conversationId={props.rest[3]} />}
          </Match>
          <Match when={screen() === 'knowledge' && bot()} keyed>
            {(current) => <Knowledge tenantId={props.tenantId} botId={current.id} />}
          </Match>
          <Match when={screen() === 'bookings' && bot()} keyed>
            {(current) => <Bookings tenantId={props.tenantId} botId={current.id} bot={current} />}
          </Match>
        </Switch>
      </Show>
    </Shell>
  );
}
