import { type Invite, type MemberRole, memberRoleSchema, paths } from '@frontdesk/contract';
import { collection } from 'firebase/firestore';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { ActionStatus } from '../components/ActionStatus.tsx';
import { Field } from '../components/Field.tsx';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { db } from '../lib/firebase.ts';
import { listenQuery } from '../lib/listen.ts';
import { can, session } from '../lib/session.ts';
import type { TenantData } from '../lib/tenantData.ts';

const roles = memberRoleSchema.options;

/** Members with their roles; owners invite, change roles and remove. Others see the team read-only. */
export function Team(props: { tenantId: string; data: TenantData }) {
  const isOwner = () => can(props.tenantId, 'team');
  const members = createMemo(() => {
    const tenant = props.data.tenant.value();
    if (!tenant) return [];
    return Object.entries(tenant.members)
      .map(([uid, role]) => ({ uid, role, email: tenant.memberEmails?.[uid] ?? uid }))
      .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role) || a.email.localeCompare(b.email));
  });
  // Pending invitations, where the rules let members read them; otherwise the list stays hidden.
  const invites = listenQuery<Invite>(() => collection(db, paths.invites(props.tenantId)));

  const [email, setEmail] = createSignal('');
  const [role, setRole] = createSignal<MemberRole>('agent');
  const invite = createAction(
    async () => {
      const address = email().trim();
      await call('inviteMember', { tenantId: props.tenantId, email: address, role: role() });
      setEmail('');
      return address;
    },
    (address) => t.team.invited(address),
  );
  const revoke = createAction(
    async (address: string) => {
      await call('revokeInvite', { tenantId: props.tenantId, email: address });
      return address;
    },
    (address) => t.team.revoked(address),
  );
  /** Resolves to whether the change was made. */
  const change = createAction(async (uid: string, next: MemberRole | null, who: string) => {
    if (next === null && !confirm(t.team.confirmRemove(who))) return false;
    await call('setMemberRole', { tenantId: props.tenantId, uid, role: next });
    return true;
  });

  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">{t.team.title}</h1>
      <div class="card">
        <h2>{t.team.members}</h2>
        <Show when={!isOwner()}>
          <p class="notice notice-info">{t.team.ownerOnly}</p>
        </Show>
        <section class="table-wrap" tabindex="0" aria-label={t.scrollable}>
          <table>
            <caption class="visually-hidden">{t.team.members}</caption>
            <thead>
              <tr>
                <th scope="col">{t.team.email}</th>
                <th scope="col">{t.team.role}</th>
                <Show when={isOwner()}>
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
                      <Show when={isOwner()} fallback={t.team.roles[member.role]}>
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
                    <Show when={isOwner()}>
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
                  <Show when={isOwner()}>
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

      <Show when={isOwner()}>
        <form
          class="card form"
          aria-labelledby="invite-title"
          onSubmit={(event) => {
            event.preventDefault();
            void invite.start();
          }}
        >
          <h2 id="invite-title">{t.team.invite}</h2>
          <div class="field-row">
            <Field label={t.team.inviteEmail}>
              {(id) => (
                <input
                  id={id}
                  type="email"
                  required
                  value={email()}
                  onInput={(event) => setEmail(event.currentTarget.value)}
                />
              )}
            </Field>
            <Field label={t.team.inviteRole} hint={t.team.roleHelp[role()]}>
              {(id, describedBy) => (
                <select
                  id={id}
                  value={role()}
                  aria-describedby={describedBy()}
                  onChange={(event) => setRole(event.currentTarget.value as MemberRole)}
                >
                  <For each={roles}>{(option) => <option value={option}>{t.team.roles[option]}</option>}</For>
                </select>
              )}
            </Field>
          </div>
          <button class="primary" type="submit" disabled={invite.pending()}>
            {t.team.sendInvite}
          </button>
          <ActionStatus error={invite.error()} message={invite.message()} />
        </form>
      </Show>

      <div class="card">
        <h2>{t.team.role}</h2>
        <dl class="role-help">
          <For each={roles}>
            {(option) => (
              <>
                <dt>{t.team.roles[option]}</dt>
                <dd>{t.team.roleHelp[option]}</dd>
              </>
            )}
          </For>
        </dl>
      </div>
    </section>
  );
}
