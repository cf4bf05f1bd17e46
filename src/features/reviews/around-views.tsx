import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import type { DisclosureSection } from "./disclosure.ts";
import { REVIEWS_PATH } from "./paths.ts";

export { CONFORMITY_PATH, DISCLOSURE_PATH } from "./paths.ts";

import { CONFORMITY_PATH } from "./paths.ts";

/** The D111-17 page: one heading per question the law asks, answered from the settings. */
export function DisclosurePage(props: {
  v: ViewContext;
  sections: readonly DisclosureSection[];
  since: Date | null;
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.disclosure.title")}>
      <h1>{t("reviews.disclosure.title")}</h1>
      <p>{t("reviews.disclosure.intro")}</p>
      {props.since && <p>{t("reviews.disclosure.updated", { date: v.i18n.date(props.since) })}</p>}
      {props.sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`}>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.list && (
            <ul>
              {section.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <p>
        <a href={REVIEWS_PATH}>{t("reviews.disclosure.back")}</a>
      </p>
    </Layout>
  );
}

/** The conformity report of one year: the same lines as its CSV, a year chooser, the download. */
export function ConformityPage(props: {
  v: ViewContext;
  year: number;
  years: readonly number[];
  lines: readonly (readonly [string, string | number])[];
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("reviews.conformity.title")}>
      <h1>{t("reviews.conformity.title")}</h1>
      <p>{t("reviews.conformity.intro")}</p>
      <form method="get" action={CONFORMITY_PATH}>
        <label for="conformity-year">{t("reviews.conformity.year")}</label>{" "}
        <select id="conformity-year" name="annee">
          {props.years.map((year) => (
            <option key={year} value={String(year)} selected={year === props.year}>
              {year}
            </option>
          ))}
        </select>{" "}
        <button type="submit" class="button button--small">
          {t("reviews.conformity.show")}
        </button>
      </form>
      <table class="data-table">
        <caption>{t("reviews.conformity.caption", { year: String(props.year) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("reviews.conformity.indicator")}</th>
            <th scope="col">{t("reviews.conformity.value")}</th>
          </tr>
        </thead>
        <tbody>
          {props.lines.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{typeof value === "number" ? v.i18n.number(value) : value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={`${CONFORMITY_PATH}.csv?annee=${props.year}`} download>
          {t("reviews.conformity.csv")}
        </a>
      </p>
    </Layout>
  );
}
