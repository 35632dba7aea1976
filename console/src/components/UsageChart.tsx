import { createUniqueId, For } from 'solid-js';
import { consoleLocale, t } from '../i18n/strings.ts';

export interface ChartPoint {
  day: string;
  value: number;
}

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 44 };

/** A round upper bound for the axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value) ?? 10 * power;
}

const number = new Intl.NumberFormat(consoleLocale);

/**
 * Bars per day as SVG, drawn by hand (no chart library). The image carries a text summary for screen
 * readers; the exact numbers are in the table next to it.
 */
export function UsageChart(props: { label: string; points: ChartPoint[] }) {
  const titleId = createUniqueId();
  const max = () => niceMax(Math.max(0, ...props.points.map((point) => point.value)));
  const total = () => props.points.reduce((sum, point) => sum + point.value, 0);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = () => innerWidth / Math.max(1, props.points.length);
  const y = (value: number) => PAD.top + innerHeight - (value / max()) * innerHeight;
  const summary = () => {
    const peak = props.points.reduce((best, point) => (point.value > best.value ? point : best), { day: '', value: 0 });
    return `${props.label}. ${t.usage.total(number.format(total()))}.${peak.value > 0 ? ` Peak ${number.format(peak.value)} on ${peak.day}.` : ''}`;
  };
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={titleId}
      data-testid="usage-chart"
    >
      <title id={titleId}>{summary()}</title>
      <For each={[0, 0.5, 1]}>
        {(fraction) => (
          <g>
            <line class="grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(max() * fraction)} y2={y(max() * fraction)} />
            <text class="axis" x={PAD.left - 6} y={y(max() * fraction) + 4} text-anchor="end">
              {number.format(max() * fraction)}
            </text>
          </g>
        )}
      </For>
      <For each={props.points}>
        {(point, index) => (
          <g>
            <rect
              class="bar"
              x={PAD.left + index() * slot() + slot() * 0.15}
              width={slot() * 0.7}
              y={y(point.value)}
              height={Math.max(0, PAD.top + innerHeight - y(point.value))}
            >
              <title>{`${point.day}: ${number.format(point.value)}`}</title>
            </rect>
            {index() % 5 === 0 || index() === props.points.length - 1 ? (
              <text class="axis" x={PAD.left + index() * slot() + slot() / 2} y={HEIGHT - 8} text-anchor="middle">
                {point.day.slice(5)}
              </text>
            ) : null}
          </g>
        )}
      </For>
    </svg>
  );
}
