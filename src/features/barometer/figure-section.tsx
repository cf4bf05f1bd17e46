import type { ViewContext } from "../../platform/views/context.ts";
import { LineChart } from "../../platform/views/line-chart.tsx";
import type { Series } from "./figures.ts";
import { type FigureTable, rounded, type Unit } from "./tables.ts";

/** The y axis of each unit: shares and means on their whole scale, NPS from −100 to 100. */
const AXES: Record<Unit, { min?: number; max?: number }> = {
  percent: { min: 0, max: 100 },
  points: { min: -100, max: 100 },
  scale: { min: 1, max: 5 },
  hours: {},
  index: { min: 0, max: 100 },
};

export function formatter(v: ViewContext, unit: Unit) {
  const { t, number } = v.i18n;
  return (value: number) => {
    const shown = number(rounded(value, unit) ?? value);
    return unit === "percent"
      ? t("barometer.percent", { value: shown })
      : unit === "hours"
        ? t("barometer.hours", { value: shown })
        : shown;
  };
}

/**
 * One figure: its heading and what it counts, the line chart with the interval as a band, the
 * same figures as a table, and the table as CSV.
 */
export function FigureSection(props: {
  v: ViewContext;
  heading: string;
  about: string;
  series: Series;
  table: FigureTable;
  unit: Unit;
  /** Where its table downloads as CSV; none for a page of one's own figures. */
  csvPath?: string;
  /** Said instead of the chart when there is nothing to draw. */
  empty?: string;
}) {
  const { v, table, series, unit } = props;
  const { t } = v.i18n;
  const headingId = `barometre-${table.name}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.heading}</h2>
      <p>{props.about}</p>
      {table.rows.length === 0 ? (
        <p>{props.empty ?? t("barometer.nothing")}</p>
      ) : (
        <>
          <LineChart
            id={`graphique-${table.name}`}
            title={table.caption}
            description={t("barometer.chartDescription")}
            categories={series.points.map((point) => point.label)}
            series={[
              {
                name: props.heading,
                values: series.points.map((point) => point.value),
                intervals: series.points.map((point) => point.ci95),
              },
            ]}
            {...AXES[unit]}
            format={formatter(v, unit)}
          />
          <DataTable v={v} table={table} keys={series.points.map((point) => point.key)} />
        </>
      )}
      {props.csvPath && (
        <p>
          <a href={props.csvPath} download>
            {t("barometer.csv")}
            <span class="visually-hidden"> ({table.caption})</span>
          </a>
        </p>
      )}
    </section>
  );
}

/** A figure's table: the first cell heads its row, "—" where there is no figure. */
export function DataTable({
  v,
  table,
  keys,
}: {
  v: ViewContext;
  table: FigureTable;
  keys?: readonly string[];
}) {
  const { number } = v.i18n;
  const cell = (value: string | number | null) =>
    value === null ? "—" : typeof value === "number" ? number(value) : value;
  return (
    <div class="table-wrap">
      <table class="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={keys?.[i] ?? String(row[0])}>
              <th scope="row">{cell(row[0] ?? null)}</th>
              {row.slice(1).map((value, j) => (
                <td key={table.columns[j + 1]}>{cell(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
