/**
 * A line chart drawn on the server as SVG, with each point's 95 % interval drawn as a band
 * around the line: the same approach as `bar-chart.tsx` (no client script, no inline style,
 * colours from the stylesheet's classes with `fill`/`stroke` attributes for readers without CSS,
 * an image named by its title and description, the exact figures in the page's table). A
 * missing point (too few answers, no wave) breaks the line and the band rather than bridging it.
 */
export interface LineChartProps {
  /** Unique in the page: the title's and description's ids derive from it. */
  id: string;
  title: string;
  description: string;
  /** The x axis, in order (waves, weeks). */
  categories: readonly string[];
  series: readonly {
    name: string;
    values: readonly (number | null)[];
    /** The interval around each value ([low, high]); absent or null where there is none. */
    intervals?: readonly (readonly [number, number] | null)[];
  }[];
  /** The y axis' range; by default from the values and intervals (and 0). */
  min?: number;
  max?: number;
  /** A value as written on the axis ("40 %", "+12"). */
  format: (value: number) => string;
}

const WIDTH = 640;
const HEIGHT = 260;
const LEFT = 56;
/** Room for the last label, centred on its point like the others. */
const RIGHT = 52;
const TOP = 12;
const BOTTOM = 44;
const LEGEND = 24;
const PALETTE = ["#0b4f8a", "#c25e00", "#1e7b34", "#6b3fa0"];
/** At most this many labels on the x axis (the last one always, then every so many back): the rest are in the table. */
const X_LABELS = 5;

/** Round steps (1, 2, 5 × 10ⁿ) giving about five lines across the range. */
export function ticks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step / 1e6; v += step)
    out.push(Number(v.toFixed(10)));
  return out;
}

/** Consecutive runs of indices whose value is present: a line is drawn per run. */
function runs(present: readonly boolean[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  present.forEach((here, i) => {
    if (here) current.push(i);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  });
  if (current.length > 0) out.push(current);
  return out;
}

const f = (n: number) => n.toFixed(1);

export function LineChart(props: LineChartProps) {
  const { categories, series } = props;
  const numbers = series.flatMap((s) => [
    ...s.values.filter((v): v is number => v !== null),
    ...(s.intervals ?? []).flatMap((band) => (band ? [band[0], band[1]] : [])),
  ]);
  const min = props.min ?? Math.min(0, ...numbers);
  const max = props.max ?? Math.max(min + 1, ...numbers);
  const legend = series.length > 1 ? LEGEND : 0;
  const plotTop = legend + TOP;
  const plotBottom = HEIGHT + legend - BOTTOM;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (i: number) =>
    LEFT + (categories.length <= 1 ? plotWidth / 2 : (i * plotWidth) / (categories.length - 1));
  const y = (value: number) => {
    const clamped = Math.max(min, Math.min(max, value));
    return plotBottom - ((clamped - min) / (max - min)) * (plotBottom - plotTop);
  };
  const every = Math.max(1, Math.ceil(categories.length / X_LABELS));
  const titleId = `${props.id}-title`;
  const descId = `${props.id}-desc`;
  return (
    <svg
      class="chart"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${WIDTH} ${HEIGHT + legend}`}
      width={WIDTH}
      height={HEIGHT + legend}
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
              x={LEFT + i * 160}
              y={4}
              width={12}
              height={12}
            />
            <text class="chart__text" x={LEFT + i * 160 + 18} y={15}>
              {s.name}
            </text>
          </g>
        ))}
      {ticks(min, max).map((tick) => (
        <g key={tick}>
          <line
            class="chart__grid"
            x1={LEFT}
            x2={WIDTH - RIGHT}
            y1={f(y(tick))}
            y2={f(y(tick))}
            stroke="#d5d9e0"
          />
          <text class="chart__text" x={LEFT - 6} y={f(y(tick) + 4)} text-anchor="end">
            {props.format(tick)}
          </text>
        </g>
      ))}
      {categories.map((category, i) =>
        (categories.length - 1 - i) % every === 0 ? (
          <text
            key={category}
            class="chart__text"
            x={f(x(i))}
            y={plotBottom + 18}
            text-anchor={i === 0 ? "start" : "middle"}
          >
            {category}
          </text>
        ) : null,
      )}
      {series.map((s, index) => {
        const colour = PALETTE[index % PALETTE.length];
        const withBand = s.values.map((v, i) => v !== null && Boolean(s.intervals?.[i]));
        return (
          <g key={s.name}>
            {runs(withBand).map((run) => {
              const upper = run.map((i) => `${f(x(i))},${f(y(s.intervals![i]![1]))}`);
              const lower = [...run].reverse().map((i) => `${f(x(i))},${f(y(s.intervals![i]![0]))}`);
              return (
                <polygon
                  key={`band-${run[0]}`}
                  class={`chart__band chart__band--${index % PALETTE.length}`}
                  fill={colour}
                  fill-opacity="0.18"
                  points={[...upper, ...lower].join(" ")}
                />
              );
            })}
            {runs(s.values.map((v) => v !== null)).map((run) =>
              run.length > 1 ? (
                <polyline
                  key={`line-${run[0]}`}
                  class={`chart__line chart__line--${index % PALETTE.length}`}
                  fill="none"
                  stroke={colour}
                  stroke-width="2"
                  points={run.map((i) => `${f(x(i))},${f(y(s.values[i]!))}`).join(" ")}
                />
              ) : null,
            )}
            {s.values.map((value, i) =>
              value === null ? null : (
                <circle
                  key={categories[i] ?? i}
                  class={`chart__point chart__bar--${index % PALETTE.length}`}
                  fill={colour}
                  cx={f(x(i))}
                  cy={f(y(value))}
                  r="3"
                />
              ),
            )}
          </g>
        );
      })}
      <line class="chart__axis" x1={LEFT} x2={LEFT} y1={plotTop} y2={plotBottom} stroke="#4a5261" />
      <line
        class="chart__axis"
        x1={LEFT}
        x2={WIDTH - RIGHT}
        y1={plotBottom}
        y2={plotBottom}
        stroke="#4a5261"
      />
    </svg>
  );
}
