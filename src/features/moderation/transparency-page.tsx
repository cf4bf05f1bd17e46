import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { GROUNDS, REPORT_REASONS } from "./schema.ts";
import type { MonthFigures } from "./transparency.ts";

const REPORT_COLUMNS = [...REPORT_REASONS, "automatic"] as const;

/** The public transparency report: counts only, month by month. */
export function TransparencyPage({ v, months }: { v: ViewContext; months: MonthFigures[] }) {
  const { t } = v.i18n;
  const n = (value: number | undefined) => v.i18n.number(value ?? 0);
  const monthName = (month: string) =>
    new Intl.DateTimeFormat(v.i18n.locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  return (
    <Layout
      v={v}
      title={t("transparency.title")}
      description={t("transparency.intro")}
      canonicalPath="/transparence"
    >
      <h1>{t("transparency.title")}</h1>
      <p>{t("transparency.intro")}</p>
      <p>{t("transparency.how")}</p>
      {months.length === 0 ? (
        <p>{t("transparency.empty")}</p>
      ) : (
        <>
          <h2>{t("transparency.reports")}</h2>
          {/* Wide tables scroll sideways on small screens: the region is reachable by keyboard. */}
          <section class="table-wrap" tabindex={0} aria-labelledby="reports-caption">
            <table class="data-table">
              <caption id="reports-caption">{t("transparency.reportsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("transparency.month")}</th>
                  {REPORT_COLUMNS.map((reason) => (
                    <th key={reason} scope="col">
                      {t(`report.reason.${reason}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthName(m.month)}</th>
                    {REPORT_COLUMNS.map((reason) => (
                      <td key={reason}>{n(m.reports[reason])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <h2>{t("transparency.decisions")}</h2>
          <section class="table-wrap" tabindex={0} aria-labelledby="decisions-caption">
            <table class="data-table">
              <caption id="decisions-caption">{t("transparency.decisionsCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("transparency.month")}</th>
                  {GROUNDS.map((ground) => (
                    <th key={ground} scope="col">
                      {t(`decision.ground.${ground}`)}
                    </th>
                  ))}
                  <th scope="col">{t("transparency.automated")}</th>
                  <th scope="col">{t("transparency.human")}</th>
                  <th scope="col">{t("transparency.appeals")}</th>
                  <th scope="col">{t("transparency.reversed")}</th>
                </tr>
              </thead>
              <tbody>
                {months.map((m) => (
                  <tr key={m.month}>
                    <th scope="row">{monthName(m.month)}</th>
                    {GROUNDS.map((ground) => (
                      <td key={ground}>{n(m.decisions[ground])}</td>
                    ))}
                    <td>{n(m.automated)}</td>
                    <td>{n(m.human)}</td>
                    <td>{n(m.appeals)}</td>
                    <td>{n(m.reversed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </Layout>
  );
}
