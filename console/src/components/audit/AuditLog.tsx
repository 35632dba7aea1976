import { type AuditEntry, paths } from '@frontdesk/contract';
import { collection, limit, orderBy, query } from 'firebase/firestore';
import { For, Show } from 'solid-js';
import { t } from '../../i18n/strings.ts';
import { auditChanges } from '../../lib/auditChanges.ts';
import { db } from '../../lib/firebase.ts';
import { formatWhen } from '../../lib/formatDate.ts';
import { listenQuery } from '../../lib/listen.ts';

/** The tenant's audit log, newest first (owners; the rules let nobody else read it). */
export function AuditLog(props: { tenantId: string; memberEmails: Record<string, string> | undefined }) {
  const entries = listenQuery<AuditEntry>(() =>
    query(collection(db, paths.audit(props.tenantId)), orderBy('at', 'desc'), limit(100)),
  );
  const who = (uid: string) => props.memberEmails?.[uid] ?? uid;
  const what = (entry: AuditEntry) => {
    const changed = auditChanges(entry.before, entry.after);
    const roles = entry.action.startsWith('member.') && entry.after?.role !== undefined ? ` → ${entry.after.role}` : '';
    return changed.length > 0 ? `${t.audit.changed}: ${changed.join(', ')}${roles}` : roles.replace(' → ', '');
  };
  return (
    <section class="card" aria-labelledby="audit-title">
      <h2 id="audit-title">{t.audit.title}</h2>
      <p>{t.audit.intro}</p>
      <Show when={entries.loaded} fallback={<p role="status">{t.loading}</p>}>
        <Show when={entries.items.length > 0} fallback={<p>{t.audit.none}</p>}>
          <section class="table-wrap" tabindex="0" aria-label={t.scrollable}>
            <table data-testid="audit-log">
              <thead>
                <tr>
                  <th scope="col">{t.audit.when}</th>
                  <th scope="col">{t.audit.who}</th>
                  <th scope="col">{t.audit.action}</th>
                  <th scope="col">{t.audit.target}</th>
                  <th scope="col">{t.audit.details}</th>
                </tr>
              </thead>
              <tbody>
                <For each={entries.items}>
                  {(entry) => (
                    <tr>
                      <td>{formatWhen(entry.at)}</td>
                      <td>{who(entry.actorUid)}</td>
                      <td>{t.audit.actions[entry.action] ?? entry.action}</td>
                      <td>{entry.target}</td>
                      <td>{what(entry)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        </Show>
      </Show>
    </section>
  );
}
