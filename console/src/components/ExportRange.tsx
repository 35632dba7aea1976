import { createSignal, For } from 'solid-js';
import { t } from '../i18n/strings.ts';
import { call } from '../lib/callables.ts';
import { createAction } from '../lib/createAction.ts';
import { downloadFile } from '../lib/downloadFile.ts';
import type { TenantData } from '../lib/tenantData.ts';
import { ActionStatus } from './ActionStatus.tsx';
import { Field } from './Field.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** Owners and admins: every conversation of a bot that started in a date range, as JSON Lines or CSV. */
export function ExportRange(props: { data: TenantData }) {
  const [botId, setBotId] = createSignal('');
  const [from, setFrom] = createSignal(today());
  const [to, setTo] = createSignal(today());
  const [format, setFormat] = createSignal<'jsonl' | 'csv'>('csv');
  const bot = () => botId() || props.data.bots.items[0]?.id || '';
  const run = createAction(
    async () => {
      const answer = await call('exportConversations', { botId: bot(), from: from(), to: to(), format: format() });
      downloadFile(answer.filename, format() === 'csv' ? 'text/csv' : 'application/x-ndjson', answer.content);
      return answer;
    },
    (answer) => t.reach.exported(answer.conversations, answer.truncated),
  );
  return (
    <form
      class="card form"
      aria-labelledby="export-range-title"
      onSubmit={(event) => {
        event.preventDefault();
        void run.start();
      }}
    >
      <h2 id="export-range-title">{t.reach.exportTitle}</h2>
      <p>{t.reach.exportIntro}</p>
      <Field label={t.reach.exportBot}>
        {(id) => (
          <select id={id} value={bot()} onChange={(event) => setBotId(event.currentTarget.value)}>
            <For each={props.data.bots.items}>
              {(item) => <option value={item.id}>{item.name ?? item.appearance.title}</option>}
            </For>
          </select>
        )}
      </Field>
      <Field label={t.reach.from}>
        {(id) => <input id={id} type="date" required value={from()} onInput={(e) => setFrom(e.currentTarget.value)} />}
      </Field>
      <Field label={t.reach.to}>
        {(id) => <input id={id} type="date" required value={to()} onInput={(e) => setTo(e.currentTarget.value)} />}
      </Field>
      <Field label={t.reach.format}>
        {(id) => (
          <select id={id} value={format()} onChange={(e) => setFormat(e.currentTarget.value as 'jsonl' | 'csv')}>
            <option value="csv">CSV</option>
            <option value="jsonl">JSON Lines</option>
          </select>
        )}
      </Field>
      <button type="submit" class="primary" disabled={run.pending() || !bot()}>
        {t.reach.exportButton}
      </button>
      <ActionStatus error={run.error()} message={run.message()} />
    </form>
  );
}
