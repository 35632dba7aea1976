import type { Bot } from '@frontdesk/contract';
import { Show } from 'solid-js';
import { t } from '../../i18n/strings.ts';
import { call } from '../../lib/callables.ts';
import { createAction } from '../../lib/createAction.ts';
import { ActionStatus } from '../ActionStatus.tsx';

/** Whether the bot answers visitors (or is suspended by the platform), and the switch to turn it on or off. */
export function BotStatusSection(props: { botId: string; bot: Bot; editable: boolean }) {
  const toggleActive = createAction(async () => {
    await call('updateBot', { botId: props.botId, active: !props.bot.active });
  });

  return (
    <section class="card" aria-labelledby="status-title">
      <h2 id="status-title">{t.editor.sections.status}</h2>
      <Show when={props.bot.review === 'pending' || props.bot.review === 'refused'}>
        <p class="notice notice-info" data-testid="bot-review">
          {props.bot.review === 'pending' ? t.bots.waitingForReview : t.bots.refused}: {t.bots.reviewNotice}
        </p>
      </Show>
      <Show when={!props.bot.suspended} fallback={<p class="notice notice-error">{t.editor.isSuspended}</p>}>
        <p>
          <span class="badge" classList={{ 'badge-ok': props.bot.active, 'badge-off': !props.bot.active }}>
            {props.bot.active ? t.bots.active : t.bots.inactive}
          </span>{' '}
          {props.bot.active ? t.editor.isActive : t.editor.isInactive}
        </p>
        <Show when={props.editable}>
          <button
            type="button"
            class="secondary"
            disabled={toggleActive.pending()}
            onClick={() => void toggleActive.start()}
          >
            {props.bot.active ? t.editor.deactivate : t.editor.activate}
          </button>
        </Show>
        <ActionStatus error={toggleActive.error()} />
      </Show>
    </section>
  );
}
