import { memberRoleSchema } from '@frontdesk/contract';
import { For } from 'solid-js';
import { t } from '../../i18n/strings.ts';

/** What each role may do. */
export function RoleHelpSection() {
  return (
    <div class="card">
      <h2>{t.team.role}</h2>
      <dl class="role-help">
        <For each={memberRoleSchema.options}>
          {(option) => (
            <>
              <dt>{t.team.roles[option]}</dt>
              <dd>{t.team.roleHelp[option]}</dd>
            </>
          )}
        </For>
      </dl>
    </div>
  );
}
