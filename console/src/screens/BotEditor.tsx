import type { Bot } from '@frontdesk/contract';
import { Show } from 'solid-js';
import { BotApiKeysSection } from '../components/botEditor/BotApiKeysSection.tsx';
import { BotAppearanceSection } from '../components/botEditor/BotAppearanceSection.tsx';
import { BotBehaviourSection } from '../components/botEditor/BotBehaviourSection.tsx';
import { BotEmbedSection } from '../components/botEditor/BotEmbedSection.tsx';
import { BotStatusSection } from '../components/botEditor/BotStatusSection.tsx';
import { ConfirmedDeletion } from '../components/ConfirmedDeletion.tsx';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { navigate } from '../lib/hashRoute.ts';
import { can } from '../lib/session.ts';

/**
 * Everything about one bot: status, appearance with the live preview, texts, model, limits, access, embed, and
 * for owners and admins its API keys.
 */
export function BotEditor(props: { tenantId: string; botId: string; bot: Bot }) {
  const editable = () => can(props.tenantId, 'bots');
  return (
    <div class="editor">
      <h1>{t.editor.title(props.bot.name ?? props.bot.appearance.title)}</h1>
      <Show when={!editable()}>
        <p class="notice notice-info">{t.editor.readOnly}</p>
      </Show>
      <BotStatusSection botId={props.botId} bot={props.bot} editable={editable()} />
      <BotAppearanceSection botId={props.botId} bot={props.bot} editable={editable()} />
      <BotBehaviourSection botId={props.botId} editable={editable()} />
      <BotEmbedSection botId={props.botId} allowedOrigins={props.bot.allowedOrigins} />
      <Show when={editable()}>
        <BotApiKeysSection tenantId={props.tenantId} botId={props.botId} />
      </Show>
      <Show when={can(props.tenantId, 'team')}>
        <ConfirmedDeletion
          title={t.deletion.deleteBot}
          intro={t.deletion.deleteBotIntro}
          expected={props.bot.name ?? ''}
          button={t.deletion.deleteBot}
          testId="delete-bot"
          run={async (typed) => {
            await call('deleteBot', { botId: props.botId, confirmName: typed });
            navigate('t', props.tenantId);
          }}
        />
      </Show>
    </div>
  );
}
