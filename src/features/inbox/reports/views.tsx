import { BarChart } from "../../../platform/views/bar-chart.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { REPORT_PERIODS, type ReportFigures } from "./figures.ts";
import { REPORT_TABLES, type ReportTable, type ReportTableName, reportTables } from "./tables.ts";

export const REPORTS_PATH = "/admin/boite/rapports";
export const reportCsvPath = (table: ReportTableName, days: number) =>
  `${REPORTS_PATH}.csv?tableau=${table}&jours=${days}`;

/** What each table's chart draws: which columns are its series, their scale and unit. */
const CHARTS: Record<
  ReportTableName,
  { series: number[]; max?: number; unit: "hours" | "percent" | "count" }
> = {
  delais: { series: [1, 2], unit: "hours" },
  equipes: { series: [1, 3], max: 100, unit: "percent" },
  conseillers: { series: [1, 3], max: 100, unit: "percent" },
  anciennete: { series: [1], unit: "count" },
  "reclamations-produits": { series: [1], unit: "count" },
  "reclamations-causes": { series: [1], unit: "count" },
};

export function ReportsPage({ v, figures }: { v: ViewContext; figures: ReportFigures }) {
  const { t } = v.i18n;
  const tables = reportTables(figures, v.i18n);
  return (
    <Layout v={v} title={t("inbox.reports.title")}>
      <h1>{t("inbox.reports.title")}</h1>
      <p>{t("inbox.reports.intro")}</p>
      <nav aria-label={t("inbox.reports.period")} class="tabs">
        <ul>
          {REPORT_PERIODS.map((days) => (
            <li key={days}>
              <a
                href={`${REPORTS_PATH}?jours=${days}`}
                aria-current={days === figures.days ? "page" : undefined}
              >
                {t("inbox.reports.days", { days })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        {t("inbox.reports.between", { from: v.i18n.date(figures.from), to: v.i18n.dateTime(figures.to) })}
      </p>
      {REPORT_TABLES.map((name) => (
        <ReportSection key={name} v={v} table={tables[name]} days={figures.days} />
      ))}
    </Layout>
  );
}

function ReportSection({ v, table, days }: { v: ViewContext; table: ReportTable; days: number }) {
  const { t, number } = v.i18n;
  const chart = CHARTS[table.name];
  const cell = (value: string | number | null) =>
    value === null ? "—" : typeof value === "number" ? number(value) : value;
  const format = (value: number) =>
    chart.unit === "hours"
      ? t("inbox.reports.hours", { hours: number(value) })
      : chart.unit === "percent"
        ? t("inbox.reports.percent", { percent: number(value) })
        : number(value);
  const headingId = `rapport-${table.name}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`inbox.reports.heading.${table.name}`)}</h2>
      <p>{t(`inbox.reports.about.${table.name}`)}</p>
      {table.rows.length === 0 ? (
        <p>{t("inbox.reports.nothing")}</p>
      ) : (
        <>
          <BarChart
            id={`graphique-${table.name}`}
            title={table.caption}
            description={t("inbox.reports.chartDescription")}
            categories={table.rows.map((row) => String(row[0]))}
            series={chart.series.map((column) => ({
              name: table.columns[column] ?? "",
              values: table.rows.map((row) => {
                const value = row[column];
                return typeof value === "number" ? value : null;
              }),
            }))}
            {...(chart.max !== undefined ? { max: chart.max } : {})}
            format={format}
          />
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
                {table.rows.map((row) => (
                  <tr key={String(row[0])}>
                    <th scope="row">{cell(row[0] ?? null)}</th>
                    {row.slice(1).map((value, i) => (
                      <td key={table.columns[i + 1]}>{cell(value)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p>
        <a href={reportCsvPath(table.name, days)} download>
          {t("inbox.reports.csv")}
          <span class="visually-hidden"> ({table.caption})</span>
        </a>
      </p>
    </section>
  );
}
