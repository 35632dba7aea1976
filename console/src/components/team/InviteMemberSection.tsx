import { type MemberRole, memberRoleSchema } from '@frontdesk/contract';
import { createSignal, For } from 'solid-js';
import { consoleLocale, t } from '../../i18n/strings.ts';
import { call } from '../../lib/callables.ts';
import { createAction } from '../../lib/createAction.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { Field } from '../Field.tsx';

const roles = memberRoleSchema.options;

/** The owner's form to invite someone by address with a role; the invitation is mailed. */
export function InviteMemberSection(props: { tenantId: string }) {
  const [email, setEmail] = createSignal('');
  const [role, setRole] = createSignal<MemberRole>('agent');
  const invite = createAction(
    async () => {
      const address = email().trim();
      const { mailed } = await call('inviteMember', {
        tenantId: props.tenantId,
        email: address,
        role: role(),
        language: consoleLocale,
      });
      setEmail('');
      return { address, mailed };
    },
    // Within the cooldown the invitation's role changes but no second mail goes out.
    (invited) => (invited.mailed ? t.team.invited(invited.address) : t.team.inviteUpdated(invited.address)),
  );

  return (
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
  );
}
