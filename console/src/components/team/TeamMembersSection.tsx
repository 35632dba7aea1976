import { type MemberRole, memberRoleSchema } from '@frontdesk/contract';
import { createMemo, For, Show } from 'solid-js';
import { t } from '../../i18n/strings.ts';
import { call } from '../../lib/callables.ts';
import { createAction } from '../../lib/createAction.ts';
import { session } from '../../lib/session.ts';
import { teamMembers } from '../../lib/teamMembers.ts';
import type { TenantData } from '../../lib/tenantData.ts';
import { ActionStatus } from '../ActionStatus.tsx';

const roles = memberRoleSchema.options;

/** The members and their roles; owners change a role or remove a member right in the table. */
export function TeamMembersSection(props: { tenantId: string; data: TenantData; isOwner: boolean }) {
  const members = createMemo(() => teamMembers(props.data.tenant.value()));
  /** Resolves to whether the change was made. */
  const change = createAction(async (uid: string, next: MemberRole | null, who: string) => {
    if (next === null && !confirm(t.team.confirmRemove(who))) return false;
    await call('setMemberRole', { tenantId: props.tenantId, uid, role: next });
    return true;
  });

  return (
    <div class="card">
      <h2>{t.team.members}</h2>
      <Show when={!props.isOwner}>
        <p class="notice notice-info">{t.team.ownerOnly}</p>
      </Show>
      <section class="table-wrap" tabindex="0" aria-label={t.scrollable}>
        <table>
          <caption class="visually-hidden">{t.team.members}</caption>
          <thead>
            <tr>
              <th scope="col">{t.team.email}</th>
              <th scope="col">{t.team.role}</th>
              <Show when={props.isOwner}>
                <th scope="col">
                  <span class="visually-hidden">{t.bookings.actions}</span>
                </th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={members()}>
              {(member) => (
                <tr data-testid="member-row">
                  <td>
                    {member.email}{' '}
                    <Show when={member.uid === session.user()?.uid}>
                      <span class="hint">{t.team.you}</span>
                    </Show>
                  </td>
                  <td>
                    <Show when={props.isOwner} fallback={t.team.roles[member.role]}>
                      <select
                        aria-label={t.team.changeRole(member.email)}
                        value={member.role}
                        disabled={change.pending()}
                        onChange={async (event) => {
                          const select = event.currentTarget;
                          const changed = await change.start(member.uid, select.value as MemberRole, member.email);
                          // Refused (say, the last owner): show the role the member still has.
                          if (!changed) select.value = member.role;
                        }}
                      >
                        <For each={roles}>{(option) => <option value={option}>{t.team.roles[option]}</option>}</For>
                      </select>
                    </Show>
                  </td>
                  <Show when={props.isOwner}>
                    <td>
                      <button
                        type="button"
                        class="danger small"
                        disabled={change.pending()}
                        onClick={() => void change.start(member.uid, null, member.email)}
                      >
                        <span aria-hidden="true">{t.remove}</span>
                        <span class="visually-hidden">{t.team.removeMember(member.email)}</span>
                      </button>
                    </td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
      <ActionStatus error={change.error()} />
    </div>
  );
}
