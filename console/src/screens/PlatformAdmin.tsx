import type { ListTenantsResponse } from '@frontdesk/contract';
import { createResource, For, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { t } from '../i18n/strings.ts';
import { botState } from '../lib/botState.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { describeCallError } from '../lib/describeCallError.ts';
import { session } from '../lib/session.ts';

/** Platform administrators: every tenant with its owners and bots; suspend or lift a suspension per bot. */
export function PlatformAdmin() {
  const [tenants, { refetch }] = createResource<ListTenantsResponse['tenants']>(
    async () => (await call('listTenants', {})).tenants,
  );
  const review = createAction(async (botId: string, decision: 'approved' | 'refused') => {
    await call('setBotReview', { botId, decision });
    await refetch();
  }, '');
  const toggle = createAction(async (botId: string, suspended: boolean) => {
    await call('setBotSuspended', { botId, suspended });
    await refetch();
  }, '');

  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title">{t.admin.title}</h1>
      <Show when={session.whoAmI()?.platformAdmin} fallback={<p role="alert">{t.errors.reasons.not_platform_admin}</p>}>
        <p>{t.admin.intro}</p>
        <ActionStatus error={toggle.error() ?? review.error()} />
        <Show when={!tenants.error} fallback={<p role="alert">{describeCallError(tenants.error)}</p>}>
          <Show when={tenants()} fallback={<p role="status">{t.loading}</p>}>
            {(list) => (
              <Show when={list().length > 0} fallback={<p>{t.admin.none}</p>}>
                <section class="table-wrap card" tabindex="0" aria-label={t.scrollable}>
                  <table>
                    <caption class="visually-hidden">{t.admin.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t.admin.tenant}</th>
                        <th scope="col">{t.admin.owners}</th>
                        <th scope="col">{t.admin.bot}</th>
                        <th scope="col">{t.admin.state}</th>
                        <th scope="col">
                          <span class="visually-hidden">{t.bookings.actions}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={list()}>
                        {(tenant) => (
                          <For each={tenant.bots.length > 0 ? tenant.bots : [undefined]}>
                            {(bot, index) => (
                              <tr data-testid="admin-bot-row">
                                <td>{index() === 0 ? tenant.name : ''}</td>
                                <td>{index() === 0 ? tenant.ownerEmails.join(', ') : ''}</td>
                                <td>{bot?.name ?? '—'}</td>
                                <td>
                                  <Show when={bot}>
                                    {(current) => (
                                      <span class="badge" classList={{ 'badge-ok': botState(current()).answers }}>
                                        {botState(current()).label}
                                      </span>
                                    )}
                                  </Show>
                                </td>
                                <td>
                                  <Show when={bot}>
                                    {(current) => (
                                      <>
                                        <Show when={current().review === 'pending' || current().review === 'refused'}>
                                          <button
                                            type="button"
                                            class="primary small"
                                            disabled={review.pending()}
                                            aria-label={`${t.admin.approve}: ${current().name}`}
                                            onClick={() => void review.start(current().botId, 'approved')}
                                          >
                                            {t.admin.approve}
                                          </button>{' '}
                                        </Show>
                                        <Show when={current().review === 'pending'}>
                                          <button
                                            type="button"
                                            class="danger small"
                                            disabled={review.pending()}
                                            aria-label={`${t.admin.refuse}: ${current().name}`}
                                            onClick={() => void review.start(current().botId, 'refused')}
                                          >
                                            {t.admin.refuse}
                                          </button>{' '}
                                        </Show>
                                        <button
                                          type="button"
                                          class={current().suspended ? 'secondary small' : 'danger small'}
                                          disabled={toggle.pending()}
                                          aria-label={`${current().suspended ? t.admin.unsuspend : t.admin.suspend}: ${current().name}`}
                                          onClick={() => void toggle.start(current().botId, !current().suspended)}
                                        >
                                          {current().suspended ? t.admin.unsuspend : t.admin.suspend}
                                        </button>
                                      </>
                                    )}
                                  </Show>
                                </td>
                              </tr>
                            )}
                          </For>
                        )}
                      </For>
                    </tbody>
                  </table>
                </section>
              </Show>
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
