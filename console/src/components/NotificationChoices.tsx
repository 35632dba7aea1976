import { type NotificationKind, type NotificationPrefs, notificationChoicesSchema, paths } from '@frontdesk/contract';
import { For } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { listenDoc } from '../lib/listen.ts';
import { session } from '../lib/session.ts';
import { ActionStatus } from './ActionStatus.tsx';

const kinds = notificationChoicesSchema.keyof().options;

/** The signed-in member's own choice of mails about this bot; each box saves at once. */
export function NotificationChoices(props: { tenantId: string; botId: string }) {
  const uid = () => session.whoAmI()?.uid;
  const prefs = listenDoc<NotificationPrefs>(() => {
    const me = uid();
    return me ? `${paths.notificationPrefs(props.tenantId)}/${me}` : undefined;
  });
  const chosen = () => prefs.value()?.bots[props.botId] ?? {};
  const save = createAction(async (kind: NotificationKind, on: boolean) => {
    const choices = Object.fromEntries(kinds.map((name) => [name, chosen()[name] === true])) as Record<
      NotificationKind,
      boolean
    >;
    await call('setNotificationPrefs', { botId: props.botId, choices: { ...choices, [kind]: on } });
  });
  return (
    <details class="notification-choices">
      <summary>{t.reach.notifications}</summary>
      <fieldset>
        <legend class="visually-hidden">{t.reach.notifications}</legend>
        <For each={kinds}>
          {(kind) => (
            <label class="checkbox">
              <input
                type="checkbox"
                checked={chosen()[kind] === true}
                disabled={save.pending()}
                data-testid={`notify-${kind}`}
                onChange={(event) => void save.start(kind, event.currentTarget.checked)}
              />
              {t.reach.notificationKinds[kind]}
            </label>
          )}
        </For>
      </fieldset>
      <p class="hint">{t.reach.notificationsHint}</p>
      <ActionStatus error={save.error()} message={save.message()} />
    </details>
  );
}
