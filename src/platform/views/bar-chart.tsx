/**
 * A horizontal bar chart drawn on the server as SVG: no client script, no inline style (the
 * Content-Security-Policy allows none), colours from the stylesheet's classes (`.chart__bar--N`,
 * with a `fill` attribute for mail clients and printers that read no CSS). The SVG is an image
 * named by its title and description (role="img"); what it shows is also given as a table by
 * the page, for screen readers and for reading exact figures. One or more series per category
 * (grouped bars, with a legend).
 */
export interface BarChartProps {
  /** Unique in the page: the title's and description's ids derive from it. */
  id: string;
  title: string;
  description: string;
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  /** The value of a full bar (100 for shares in percent); the largest value when absent. */
  max?: number;
  /** A value as written at the end of its bar ("2,5 h", "87 %"); null values show "—". */
  format: (value: number) => string;
}

const WIDTH = 640;
const LABEL = 200;
const VALUE = 70;
const BAR = 16;
const GAP = 12;
const LEGEND = 24;
const PALETTE = ["#0b4f8a", "#c25e00", "#1e7b34", "#6b3fa0"];

/** A label longer than the label column has room for is cut with an ellipsis (the table has it whole). */
function shortened(label: string, room = 30): string {
  return label.length > room ? `${label.slice(0, room - 1)}…` : label;
}

export function BarChart(props: BarChartProps) {
  const { categories, series } = props;
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = props.max ?? Math.max(0, ...values);
  const legend = series.length > 1 ? LEGEND : 0;
  const rowHeight = series.length * BAR + GAP;
  const height = legend + categories.length * rowHeight + GAP;
  const room = WIDTH - LABEL - VALUE;
  const barWidth = (value: number) => (max > 0 ? Math.max(0, Math.min(1, value / max)) * room : 0);
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <svg
      class="chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
    >
      <title id={titleId}>{props.title}</title>
      <desc id={descId}>{props.description}</desc>
      {legend > 0 &&
        series.map((s, i) => (
          <g key={s.name}>
            <rect
              class={`chart__bar chart__bar--${i % PALETTE.length}`}
              fill={PALETTE[i % PALETTE.length]}
              x={LABEL + i * 160}
              y={4}
              width={12}
              height={12}
            />
            <text class="chart__text" x={LABEL + i * 160 + 18} y={15}>
              {shortened(s.name, 22)}
            </text>
          </g>
        ))}
      {categories.map((category, row) => {
        const top = legend + GAP + row * rowHeight;
        return (
          <g key={category}>
            <text class="chart__text" x={LABEL - 8} y={top + (series.length * BAR) / 2 + 5} text-anchor="end">
              {shortened(category)}
            </text>
            {series.map((s, i) => {
              const value = s.values[row] ?? null;
              const y = top + i * BAR;
              const width = value === null ? 0 : barWidth(value);
              return (
                <g key={s.name}>
                  <rect
                    class={`chart__bar chart__bar--${i % PALETTE.length}`}
                    fill={PALETTE[i % PALETTE.length]}
                    x={LABEL}
                    y={y + 1}
                    width={width.toFixed(1)}
                    height={BAR - 2}
                  />
                  <text class="chart__text chart__value" x={LABEL + width + 6} y={y + BAR - 4}>
                    {value === null ? "—" : props.format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
      <line class="chart__axis" x1={LABEL} x2={LABEL} y1={legend + 4} y2={height - 4} stroke="#4a5261" />
    </svg>
  );
}
