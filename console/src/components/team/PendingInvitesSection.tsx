import { For, Show } from 'solid-js';
import { t } from '../../i18n/strings.ts';
import { call } from '../../lib/callables.ts';
import { createAction } from '../../lib/createAction.ts';
import { listenInvites } from '../../lib/teamData.ts';
import { ActionStatus } from '../ActionStatus.tsx';

/**
 * Pending invitations, where the rules let the member read them; otherwise the list stays hidden. Owners
 * withdraw them.
 */
export function PendingInvitesSection(props: { tenantId: string; isOwner: boolean }) {
  const invites = listenInvites(() => props.tenantId);
  const revoke = createAction(
    async (address: string) => {
      await call('revokeInvite', { tenantId: props.tenantId, email: address });
      return address;
    },
    (address) => t.team.revoked(address),
  );

  return (
    <Show when={invites.loaded && !invites.error}>
      <div class="card">
        <h2>{t.team.pending}</h2>
        <Show when={invites.items.length === 0}>
          <p class="hint">{t.team.noPending}</p>
        </Show>
        <ul class="plain-list">
          <For each={invites.items}>
            {(item) => (
              <li data-testid="invite-row">
                {item.email} · {t.team.roles[item.role]}{' '}
                <Show when={props.isOwner}>
                  <button
                    type="button"
                    class="secondary small"
                    disabled={revoke.pending()}
                    onClick={() => void revoke.start(item.email)}
                  >
                    <span aria-hidden="true">{t.team.withdraw}</span>
                    <span class="visually-hidden">{t.team.revokeInvite(item.email)}</span>
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
        <ActionStatus error={revoke.error()} message={revoke.message()} />
      </div>
    </Show>
  );
}
