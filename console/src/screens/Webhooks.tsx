import {
  paths,
  type WebhookDelivery,
  type WebhookEndpoint,
  type WebhookEventType,
  webhookEventTypes,
} from '@frontdesk/contract';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { createSignal, For, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { Field } from '../components/Field.tsx';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { db } from '../lib/firebase.ts';
import { formatWhen } from '../lib/formatDate.ts';
import { listenQuery, type WithId } from '../lib/listen.ts';
import { can } from '../lib/session.ts';

/**
 * The tenant's webhook endpoints (owners and admins): add, switch off, delete, send a test event, and the log of
 * recent deliveries with their state, attempts and the receiver's answer.
 */
export function Webhooks(props: { tenantId: string }) {
  const endpoints = listenQuery<WebhookEndpoint>(() =>
    can(props.tenantId, 'bots') ? collection(db, paths.webhooks(props.tenantId)) : undefined,
  );
  const deliveries = listenQuery<WebhookDelivery>(() =>
    can(props.tenantId, 'bots')
      ? query(collection(db, paths.webhookDeliveries(props.tenantId)), orderBy('createdAt', 'desc'), limit(30))
      : undefined,
  );
  const [url, setUrl] = createSignal('');
  const [description, setDescription] = createSignal('');
  const [events, setEvents] = createSignal<WebhookEventType[]>([...webhookEventTypes]);
  const add = createAction(async () => {
    await call('saveWebhook', {
      tenantId: props.tenantId,
      url: url().trim(),
      events: events(),
      active: true,
      ...(description().trim() ? { description: description().trim() } : {}),
    });
    setUrl('');
    setDescription('');
  });
  const toggle = createAction((endpoint: WithId<WebhookEndpoint>) =>
    call('saveWebhook', {
      tenantId: props.tenantId,
      endpointId: endpoint.id,
      url: endpoint.url,
      events: endpoint.events,
      active: !endpoint.active,
      ...(endpoint.description ? { description: endpoint.description } : {}),
    }),
  );
  const remove = createAction(async (endpointId: string) => {
    if (confirm(t.webhooks.confirmRemove)) await call('deleteWebhook', { tenantId: props.tenantId, endpointId });
  });
  const test = createAction(
    (endpointId: string) => call('sendTestWebhook', { tenantId: props.tenantId, endpointId }),
    t.webhooks.testSent,
  );
  const [revealed, setRevealed] = createSignal<string | null>(null);

  return (
    <section aria-labelledby="webhooks-title">
      <h1 id="webhooks-title">{t.webhooks.title}</h1>
      <Show when={can(props.tenantId, 'bots')} fallback={<p class="notice notice-info">{t.webhooks.managersOnly}</p>}>
        <p>{t.webhooks.intro}</p>
        <Show when={endpoints.items.length > 0} fallback={<p class="empty">{t.webhooks.none}</p>}>
          <ul class="card-list">
            <For each={endpoints.items}>
              {(endpoint) => (
                <li class="card" data-testid="webhook-endpoint">
                  <p>
                    <strong>{endpoint.url}</strong> {endpoint.description ? `— ${endpoint.description}` : ''}
                  </p>
                  <p class="hint">{endpoint.events.join(', ')}</p>
                  <p class="hint">
                    {t.webhooks.secret}:{' '}
                    <Show
                      when={revealed() === endpoint.id}
                      fallback={
                        <button type="button" class="link-button" onClick={() => setRevealed(endpoint.id)}>
                          {t.webhooks.reveal}
                        </button>
                      }
                    >
                      <code>{endpoint.secret}</code>
                    </Show>
                  </p>
                  <div class="button-row">
                    <label class="checkbox">
                      <input type="checkbox" checked={endpoint.active} onChange={() => void toggle.start(endpoint)} />
                      {t.webhooks.active}
                    </label>
                    <button type="button" class="secondary" onClick={() => void test.start(endpoint.id)}>
                      {t.webhooks.test}
                    </button>
                    <button type="button" class="danger" onClick={() => void remove.start(endpoint.id)}>
                      {t.webhooks.remove}
                    </button>
                  </div>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <ActionStatus error={toggle.error() ?? remove.error() ?? test.error()} message={test.message()} />
        <form
          class="card form"
          onSubmit={(event) => {
            event.preventDefault();
            void add.start();
          }}
        >
          <h2>{t.webhooks.add}</h2>
          <Field label={t.webhooks.url}>
            {(id, describedBy) => (
              <input
                id={id}
                type="url"
                required
                maxLength={500}
                placeholder="https://example.com/frontdesk"
                value={url()}
                aria-describedby={describedBy()}
                onInput={(event) => setUrl(event.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t.webhooks.description}>
            {(id) => (
              <input
                id={id}
                maxLength={200}
                value={description()}
                onInput={(event) => setDescription(event.currentTarget.value)}
              />
            )}
          </Field>
          <fieldset>
            <legend>{t.webhooks.events}</legend>
            <For each={webhookEventTypes}>
              {(type) => (
                <label class="checkbox">
                  <input
                    type="checkbox"
                    checked={events().includes(type)}
                    onChange={(event) =>
                      setEvents((current) =>
                        event.currentTarget.checked ? [...current, type] : current.filter((item) => item !== type),
                      )
                    }
                  />
                  <code>{type}</code>
                </label>
              )}
            </For>
          </fieldset>
          <button type="submit" class="primary" disabled={add.pending()}>
            {t.webhooks.add}
          </button>
          <ActionStatus error={add.error()} message={add.message()} />
        </form>
        <h2>{t.webhooks.log}</h2>
        <Show when={deliveries.items.length > 0} fallback={<p class="empty">{t.webhooks.noDeliveries}</p>}>
          <table class="table" data-testid="webhook-log">
            <thead>
              <tr>
                <th scope="col">{t.webhooks.when}</th>
                <th scope="col">{t.webhooks.events}</th>
                <th scope="col">URL</th>
                <th scope="col">{t.webhooks.state}</th>
                <th scope="col">{t.webhooks.attempts}</th>
                <th scope="col">{t.webhooks.response}</th>
              </tr>
            </thead>
            <tbody>
              <For each={deliveries.items}>
                {(delivery) => (
                  <tr>
                    <td>{formatWhen(delivery.createdAt)}</td>
                    <td>
                      <code>{delivery.type}</code>
                    </td>
                    <td>{endpoints.items.find((endpoint) => endpoint.id === delivery.endpointId)?.url ?? '—'}</td>
                    <td>{delivery.state}</td>
                    <td>{delivery.attempts}</td>
                    <td>{delivery.lastError ?? (delivery.lastStatus ? `HTTP ${delivery.lastStatus}` : '')}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Show>
    </section>
  );
}
