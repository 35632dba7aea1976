import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/strings.ts';
import { listenApiKeys } from '../../lib/apiKeyData.ts';
import { call } from '../../lib/callables.ts';
import { createAction } from '../../lib/createAction.ts';
import { formatWhen } from '../../lib/formatDate.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { CopyButton } from '../CopyButton.tsx';

/**
 * The bot's API keys, for owners and admins: make one (shown once, here, until the page is left), see when
 * each was made and last used, revoke one at once.
 */
export function BotApiKeysSection(props: { tenantId: string; botId: string }) {
  const keys = listenApiKeys(
    () => props.tenantId,
    () => props.botId,
  );
  const [name, setName] = createSignal('');
  const [shownKey, setShownKey] = createSignal<string>();
  const create = createAction(async () => {
    const made = await call('createApiKey', { botId: props.botId, name: name() });
    setShownKey(made.key);
    setName('');
    return made;
  }, t.apiKeys.created);
  const revoke = createAction(
    async (keyId: string, keyName: string) => {
      await call('revokeApiKey', { botId: props.botId, keyId });
      return keyName;
    },
    (keyName) => t.apiKeys.revoked(keyName),
  );

  return (
    <section class="card" aria-labelledby="api-keys-title" data-testid="api-keys">
      <h2 id="api-keys-title">{t.apiKeys.title}</h2>
      <p class="hint">{t.apiKeys.hint}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void create.start();
        }}
      >
        <label>
          {t.apiKeys.name}
          <input value={name()} maxLength={60} required onInput={(event) => setName(event.currentTarget.value)} />
        </label>
        <button type="submit" disabled={create.pending()}>
          {t.apiKeys.create}
        </button>
      </form>
      <ActionStatus error={create.error()} message={create.message()} />
      <Show when={shownKey()}>
        {(key) => (
          <p>
            <code data-testid="new-api-key">{key()}</code> <CopyButton text={key()} label={t.apiKeys.copy} />
          </p>
        )}
      </Show>
      <Show when={keys.loaded && keys.items.length === 0}>
        <p class="hint">{t.apiKeys.none}</p>
      </Show>
      <ul class="plain-list">
        <For each={keys.items}>
          {(key) => (
            <li data-testid="api-key-row">
              <strong>{key.name}</strong> <code>{key.prefix}…</code> · {t.apiKeys.createdAt} {formatWhen(key.createdAt)}{' '}
              · {t.apiKeys.lastUsed} {formatWhen(key.lastUsedAt)}{' '}
              <Show
                when={!key.revokedAt}
                fallback={
                  <span>
                    · {t.apiKeys.revokedAt} {formatWhen(key.revokedAt)}
                  </span>
                }
              >
                <button
                  type="button"
                  class="secondary small"
                  disabled={revoke.pending()}
                  onClick={() => void revoke.start(key.id, key.name)}
                >
                  <span aria-hidden="true">{t.apiKeys.revoke}</span>
                  <span class="visually-hidden">{t.apiKeys.revokeKey(key.name)}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <ActionStatus error={revoke.error()} message={revoke.message()} />
    </section>
  );
}
