import { Show } from 'solid-js';
import { InviteMemberSection } from '../components/team/InviteMemberSection.tsx';
import { PendingInvitesSection } from '../components/team/PendingInvitesSection.tsx';
import { RoleHelpSection } from '../components/team/RoleHelpSection.tsx';
import { TeamMembersSection } from '../components/team/TeamMembersSection.tsx';
import { t } from '../i18n/strings.ts';
import { can } from '../lib/session.ts';
import type { TenantData } from '../lib/tenantData.ts';

/** Members with their roles; owners invite, change roles and remove. Others see the team read-only. */
export function Team(props: { tenantId: string; data: TenantData }) {
  const isOwner = () => can(props.tenantId, 'team');
  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title">{t.team.title}</h1>
      <TeamMembersSection tenantId={props.tenantId} data={props.data} isOwner={isOwner()} />
      <PendingInvitesSection tenantId={props.tenantId} isOwner={isOwner()} />
      <Show when={isOwner()}>
        <InviteMemberSection tenantId={props.tenantId} />
      </Show>
      <RoleHelpSection />
    </section>
  );
}
