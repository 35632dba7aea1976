import { createMemo, createSignal, For, Show } from 'solid-js';
import { Field } from '../components/Field.tsx';
import { UsageChart } from '../components/UsageChart.tsx';
import { consoleLocale, t } from '../i18n/strings.ts';
import { listenUsageDays } from '../lib/usageData.ts';
import { firstDay, type UsageDay, usageSeries } from '../lib/usageSeries.ts';

type Metric = keyof typeof t.usage.metrics;
const DAYS = 30;
const number = new Intl.NumberFormat(consoleLocale);

const metricValue = (row: UsageDay, metric: Metric) =>
  metric === 'tokens' ? row.promptTokens + row.completionTokens : row[metric];

/** Conversations, messages, bookings and tokens per day over the last 30 days: a chart and its table. */
export function Usage(props: { tenantId: string }) {
  const today = new Date();
  const shards = listenUsageDays(() => props.tenantId, firstDay(today, DAYS));
  const series = createMemo(() => usageSeries(shards.items, today, DAYS));
  const [metric, setMetric] = createSignal<Metric>('messages');
  const totals = createMemo(() =>
    (Object.keys(t.usage.metrics) as Metric[]).map((key) => ({
      key,
      total: series().reduce((sum, row) => sum + metricValue(row, key), 0),
    })),
  );

  return (
    <section aria-labelledby="usage-title">
      <h1 id="usage-title">{t.usage.title}</h1>
      <p class="hint">{t.usage.intro}</p>
      <ul class="stat-cards">
        <For each={totals()}>
          {(item) => (
            <li class="card stat">
              <span class="stat-label">{t.usage.metrics[item.key]}</span>
              <span class="stat-value" data-testid={`usage-total-${item.key}`}>
                {number.format(item.total)}
              </span>
            </li>
          )}
        </For>
      </ul>
      <div class="card">
        <div class="section-head">
          <h2>{t.usage.chartLabel(t.usage.metrics[metric()])}</h2>
          <Field label={t.usage.metric} class="metric-picker">
            {(id) => (
              <select id={id} value={metric()} onChange={(event) => setMetric(event.currentTarget.value as Metric)}>
                <For each={Object.entries(t.usage.metrics)}>
                  {([key, label]) => <option value={key}>{label}</option>}
                </For>
              </select>
            )}
          </Field>
        </div>
        <Show when={shards.loaded} fallback={<p role="status">{t.loading}</p>}>
          <section class="chart-wrap" tabindex="0" aria-label={t.usage.title}>
            <UsageChart
              label={t.usage.chartLabel(t.usage.metrics[metric()])}
              points={series().map((row) => ({ day: row.day, value: metricValue(row, metric()) }))}
            />
          </section>
        </Show>
        <details class="table-details">
          <summary>{t.usage.showTable}</summary>
          <section class="table-wrap" tabindex="0" aria-label={t.scrollable}>
            <table>
              <caption class="visually-hidden">{t.usage.chartLabel(t.usage.title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.usage.day}</th>
                  <th scope="col" class="num">
                    {t.usage.metrics.conversations}
                  </th>
                  <th scope="col" class="num">
                    {t.usage.metrics.messages}
                  </th>
                  <th scope="col" class="num">
                    {t.usage.metrics.bookings}
                  </th>
                  <th scope="col" class="num">
                    {t.usage.promptTokens}
                  </th>
                  <th scope="col" class="num">
                    {t.usage.completionTokens}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={[...series()].reverse()}>
                  {(row) => (
                    <tr>
                      <th scope="row">{row.day}</th>
                      <td class="num">{number.format(row.conversations)}</td>
                      <td class="num">{number.format(row.messages)}</td>
                      <td class="num">{number.format(row.bookings)}</td>
                      <td class="num">{number.format(row.promptTokens)}</td>
                      <td class="num">{number.format(row.completionTokens)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </section>
        </details>
      </div>
    </section>
  );
}
