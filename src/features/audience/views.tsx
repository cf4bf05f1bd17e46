import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { AudienceFigures } from "./figures.ts";

export const PERIODS = [7, 30, 90] as const;

/** The audience as the community team reads it: visits and visitors, pages, other sites, per day. */
export function AudiencePage({
  v,
  figures,
  days,
}: {
  v: ViewContext;
  figures: AudienceFigures;
  days: number;
}) {
  const { t } = v.i18n;
  const n = (value: number) => v.i18n.number(value);
  return (
    <Layout v={v} title={t("audience.title")}>
      <h1>{t("audience.title")}</h1>
      <p>{t("audience.intro")}</p>
      <nav aria-label={t("audience.period")} class="tabs">
        <ul>
          {PERIODS.map((period) => (
            <li key={period}>
              <a href={`/admin/audience?jours=${period}`} aria-current={period === days ? "page" : undefined}>
                {t("audience.days", { days: period })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p>{t("audience.totals", { views: n(figures.pageViews), visitors: n(figures.visitors), days })}</p>
      <h2>{t("audience.pages")}</h2>
      {figures.pages.length === 0 ? (
        <p>{t("audience.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t("audience.pages")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audience.page")}</th>
              <th scope="col">{t("audience.views")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.pages.map((row) => (
              <tr key={row.path}>
                <th scope="row">
                  <a href={row.path}>{row.path}</a>
                </th>
                <td>{n(row.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("audience.referrers")}</h2>
      {figures.referrers.length === 0 ? (
        <p>{t("audience.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t("audience.referrers")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audience.site")}</th>
              <th scope="col">{t("audience.visits")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.referrers.map((row) => (
              <tr key={row.host}>
                <th scope="row">{row.host}</th>
                <td>{n(row.visits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t("audience.byDay")}</h2>
      {figures.days.length === 0 ? (
        <p>{t("audience.none")}</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden">{t("audience.byDay")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("audience.day")}</th>
              <th scope="col">{t("audience.views")}</th>
              <th scope="col">{t("audience.visitors")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.days.map((row) => (
              <tr key={row.day}>
                <th scope="row">{v.i18n.date(new Date(`${row.day}T12:00:00Z`))}</th>
                <td>{n(row.views)}</td>
                <td>{n(row.visitors)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
