import { may } from "../../platform/auth/access.ts";
import type { I18n } from "../../platform/i18n/index.ts";
import { Select } from "../../platform/views/components.tsx";
import type { ViewContext } from "../../platform/views/context.ts";
import { Layout } from "../../platform/views/layout.tsx";
import { SENTIMENT_SOURCES } from "../sentiment/index.ts";
import { changeWords, pWords } from "./change-words.ts";
import type { Comparison, Dashboard } from "./dashboard.ts";
import { DataTable, FigureSection } from "./figure-section.tsx";
import { latestStep, type Step } from "./figures.ts";
import { CLIENT_FILTERS, type DashboardFilters, PERIODS } from "./filters.ts";
import { componentsTable, indexTable } from "./index-tables.ts";
import { BAROMETER_PATH, figureCsvPath, REPORT_ADMIN_PATH, SETTINGS_PATH } from "./paths.ts";
import { barometer } from "./policy.ts";
import { REPORT_PATH } from "./report.ts";
import { type FigureName, type FigureTable, seriesTable, type Unit } from "./tables.ts";

/** The dashboard's figures as tables (page and CSV alike). */
export function dashboardTables(dashboard: Dashboard, i18n: I18n): Partial<Record<FigureName, FigureTable>> {
  const { t } = i18n;
  const minimum = dashboard.settings.minimumN;
  return {
    confiance: seriesTable(
      i18n,
      "confiance",
      t("barometer.table.confiance"),
      dashboard.trust,
      "percent",
      minimum,
    ),
    nps: seriesTable(i18n, "nps", t("barometer.table.nps"), dashboard.nps, "points", minimum),
    satisfaction: seriesTable(
      i18n,
      "satisfaction",
      t("barometer.table.satisfaction"),
      dashboard.satisfaction,
      "scale",
      minimum,
    ),
    sentiment: seriesTable(
      i18n,
      "sentiment",
      t("barometer.table.sentiment"),
      dashboard.sentiment,
      "percent",
      minimum,
    ),
    indice: indexTable(i18n, dashboard.index),
    "indice-composantes": componentsTable(i18n, dashboard.index),
  };
}

/** "baisse significative de 8,2 points (de 41,0 % en mars à 32,8 % en avril ; p = 0,003)". */
export function StepSentence({ v, step, unit }: { v: ViewContext; step: Step; unit: Unit }) {
  const { t } = v.i18n;
  return (
    <>
      <strong class={`verdict verdict--${step.verdict}`}>{t(`barometer.verdict.${step.verdict}`)}</strong>{" "}
      {t("barometer.stepDetail", {
        difference: changeWords(v.i18n, step.difference, unit),
        from: step.from,
        to: step.to,
        p: pWords(v.i18n, step.p),
      })}
    </>
  );
}

function Filters({ v, dashboard }: { v: ViewContext; dashboard: Dashboard }) {
  const { t } = v.i18n;
  const { filters } = dashboard;
  return (
    <form method="get" action={BAROMETER_PATH} class="filters" aria-label={t("barometer.filters")}>
      <Select
        v={v}
        name="periode"
        label={t("barometer.filter.period")}
        value={filters.period}
        options={PERIODS.map((value) => ({ value, label: t(`barometer.filter.period.${value}`) }))}
      />
      <Select
        v={v}
        name="source"
        label={t("barometer.filter.source")}
        value={filters.source}
        options={[
          { value: "", label: t("barometer.filter.source.all") },
          ...dashboard.sources.map((value) => ({ value, label: t(`barometer.source.${value}`) })),
        ]}
      />
      <Select
        v={v}
        name="messages"
        label={t("barometer.filter.messages")}
        value={filters.messages}
        options={[
          { value: "", label: t("barometer.filter.messages.all") },
          ...SENTIMENT_SOURCES.map((value) => ({ value, label: t(`sentiment.source.${value}`) })),
        ]}
      />
      <Select
        v={v}
        name="produit"
        label={t("barometer.filter.product")}
        value={filters.product}
        options={[
          { value: "", label: t("barometer.filter.product.all") },
          ...dashboard.products.map((value) => ({ value, label: value })),
        ]}
      />
      <Select
        v={v}
        name="client"
        label={t("barometer.filter.client")}
        value={filters.client}
        options={CLIENT_FILTERS.map((value) => ({ value, label: t(`barometer.filter.client.${value}`) }))}
      />
      <button type="submit" class="button button--secondary">
        {t("barometer.filter.apply")}
      </button>
    </form>
  );
}

function CompareWaves({ v, dashboard }: { v: ViewContext; dashboard: Dashboard }) {
  const { t } = v.i18n;
  const options = dashboard.waves.map((wave) => ({ value: String(wave.id), label: wave.label }));
  if (options.length < 2) return null;
  const { comparison } = dashboard;
  const last = options.at(-1)!.value;
  const before = options.at(-2)!.value;
  return (
    <section aria-labelledby="comparer">
      <h2 id="comparer">{t("barometer.compare.heading")}</h2>
      <form method="get" action={BAROMETER_PATH} class="filters">
        <Hidden filters={dashboard.filters} />
        <Select
          v={v}
          name="de"
          label={t("barometer.compare.from")}
          value={comparison ? String(comparison.a.id) : before}
          options={options}
        />
        <Select
          v={v}
          name="a"
          label={t("barometer.compare.to")}
          value={comparison ? String(comparison.b.id) : last}
          options={options}
        />
        <button type="submit" class="button button--secondary">
          {t("barometer.compare.submit")}
        </button>
      </form>
      {comparison && <ComparisonResult v={v} comparison={comparison} minimum={dashboard.settings.minimumN} />}
      {dashboard.sameWave && (
        <div role="status" id="comparaison">
          <p>{t("barometer.compare.sameWave")}</p>
        </div>
      )}
    </section>
  );
}

function ComparisonResult({
  v,
  comparison,
  minimum,
}: {
  v: ViewContext;
  comparison: Comparison;
  minimum: number;
}) {
  const { t } = v.i18n;
  const line = (label: string, step: Step | null, unit: Unit) => (
    <li>
      {label} :{" "}
      {step ? <StepSentence v={v} step={step} unit={unit} /> : t("barometer.compare.notJudged", { minimum })}
    </li>
  );
  return (
    <div role="status" id="comparaison">
      <p>{t("barometer.compare.between", { from: comparison.a.label, to: comparison.b.label })}</p>
      <ul>
        {line(t("barometer.trust.heading"), comparison.trust, "percent")}
        {line(t("barometer.nps.heading"), comparison.nps, "points")}
      </ul>
    </div>
  );
}

/** The filters carried by another form of the page. */
function Hidden({ filters }: { filters: DashboardFilters }) {
  return (
    <>
      {filters.period !== "24" && <input type="hidden" name="periode" value={filters.period} />}
      {filters.source && <input type="hidden" name="source" value={filters.source} />}
      {filters.client !== "tous" && <input type="hidden" name="client" value={filters.client} />}
      {filters.messages && <input type="hidden" name="messages" value={filters.messages} />}
      {filters.product && <input type="hidden" name="produit" value={filters.product} />}
    </>
  );
}

export function DashboardPage({ v, dashboard }: { v: ViewContext; dashboard: Dashboard }) {
  const { t } = v.i18n;
  const tables = dashboardTables(dashboard, v.i18n);
  const latest = latestStep(dashboard.trust);
  const csv = (name: FigureName) => figureCsvPath(name, dashboard.filters);
  const { settings } = dashboard;
  return (
    <Layout v={v} title={t("barometer.title")}>
      <h1>{t("barometer.title")}</h1>
      <p>{t("barometer.intro", { minimum: settings.minimumN })}</p>
      <p>
        {settings.targets ? t("barometer.weighted") : t("barometer.unweighted")}{" "}
        {may(v.actor, barometer.configure) && <a href={SETTINGS_PATH}>{t("barometer.settings.link")}</a>}
      </p>
      {may(v.actor, barometer.publish) && (
        <p>
          <a href={REPORT_ADMIN_PATH}>{t("barometer.report.manage")}</a> ·{" "}
          <a href={REPORT_PATH}>{t("barometer.report.publicLink")}</a>
        </p>
      )}
      <Filters v={v} dashboard={dashboard} />
      {latest && (
        <p class="lead" id="derniere-evolution">
          {t("barometer.trust.latest")} <StepSentence v={v} step={latest} unit="percent" />
        </p>
      )}
      <CompareWaves v={v} dashboard={dashboard} />
      <FigureSection
        v={v}
        heading={t("barometer.trust.heading")}
        about={t("barometer.trust.about")}
        series={dashboard.trust}
        table={tables.confiance!}
        unit="percent"
        csvPath={csv("confiance")}
        empty={t("barometer.noWaves")}
      />
      <FigureSection
        v={v}
        heading={t("barometer.nps.heading")}
        about={t("barometer.nps.about")}
        series={dashboard.nps}
        table={tables.nps!}
        unit="points"
        csvPath={csv("nps")}
        empty={t("barometer.noWaves")}
      />
      <FigureSection
        v={v}
        heading={t("barometer.satisfaction.heading")}
        about={t("barometer.satisfaction.about")}
        series={dashboard.satisfaction}
        table={tables.satisfaction!}
        unit="scale"
        csvPath={csv("satisfaction")}
      />
      <FigureSection
        v={v}
        heading={t("barometer.sentiment.heading")}
        about={t("barometer.sentiment.about")}
        series={dashboard.sentiment}
        table={tables.sentiment!}
        unit="percent"
        csvPath={csv("sentiment")}
      />
      <IndexSection v={v} dashboard={dashboard} tables={tables} />
    </Layout>
  );
}

/** The Conversation Index: its weekly score as a line, the weeks and the latest week's components as tables. */
function IndexSection(props: {
  v: ViewContext;
  dashboard: Dashboard;
  tables: Partial<Record<FigureName, FigureTable>>;
}) {
  const { v, dashboard } = props;
  const { t } = v.i18n;
  const weeks = dashboard.index;
  const series = {
    points: weeks.map((week) => ({
      key: week.week,
      label: new Intl.DateTimeFormat(v.i18n.locale, {
        day: "numeric",
        month: "short",
        timeZone: "UTC",
      }).format(new Date(`${week.week}T12:00:00Z`)),
      n: 0,
      effectiveN: 0,
      value: week.index,
      ci95: null,
      hidden: week.index === null,
    })),
    steps: weeks.map(() => null),
  };
  const components = props.tables["indice-composantes"]!;
  return (
    <>
      <FigureSection
        v={v}
        heading={t("barometer.index.heading")}
        about={t("barometer.index.about")}
        series={series}
        table={props.tables.indice!}
        unit="index"
        csvPath={figureCsvPath("indice", dashboard.filters)}
      />
      <section aria-labelledby="barometre-indice-composantes">
        <h3 id="barometre-indice-composantes">{t("barometer.index.components")}</h3>
        {components.rows.length === 0 ? (
          <p>{t("barometer.nothing")}</p>
        ) : (
          <DataTable v={v} table={components} />
        )}
        <p>
          <a href={figureCsvPath("indice-composantes", dashboard.filters)} download>
            {t("barometer.csv")}
            <span class="visually-hidden"> ({components.caption})</span>
          </a>
        </p>
      </section>
    </>
  );
}
