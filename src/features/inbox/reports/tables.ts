import type { I18n } from "../../../platform/i18n/index.ts";
import { BACKLOG_AGES } from "./business-time.ts";
import type { ReportFigures, ServiceLevelRow } from "./figures.ts";

/**
 * Each report's figures as a table: the page shows it under its chart (for screen readers and
 * exact figures) and the CSV export writes the same rows, so the two never disagree.
 */
export const REPORT_TABLES = [
  "delais",
  "equipes",
  "conseillers",
  "anciennete",
  "reclamations-produits",
  "reclamations-causes",
] as const;
export type ReportTableName = (typeof REPORT_TABLES)[number];

export interface ReportTable {
  name: ReportTableName;
  caption: string;
  columns: string[];
  /** The first cell heads its row; null is written "—" on the page and left empty in the CSV. */
  rows: (string | number | null)[][];
}

/** Business minutes as hours with one decimal (a number, so a spreadsheet can sum it). */
export const hours = (minutes: number | null) => (minutes === null ? null : Math.round(minutes / 6) / 10);
/** A share in percent with no decimal, or null when nothing was decided. */
export const share = (met: number, counted: number) =>
  counted === 0 ? null : Math.round((met / counted) * 100);

function serviceLevelTable(
  i18n: I18n,
  name: "equipes" | "conseillers",
  rows: ServiceLevelRow[],
  none: string,
): ReportTable {
  const { t } = i18n;
  return {
    name,
    caption: t(`inbox.reports.table.${name}`),
    columns: [
      t(name === "equipes" ? "inbox.reports.team" : "inbox.reports.advisor"),
      t("inbox.reports.firstMet"),
      t("inbox.reports.firstCounted"),
      t("inbox.reports.resolutionMet"),
      t("inbox.reports.resolutionCounted"),
    ],
    rows: rows.map((row) => [
      (i18n.locale === "en" ? row.nameEn : row.name) ?? none,
      share(row.firstMet, row.firstCounted),
      row.firstCounted,
      share(row.resolutionMet, row.resolutionCounted),
      row.resolutionCounted,
    ]),
  };
}

export function reportTables(figures: ReportFigures, i18n: I18n): Record<ReportTableName, ReportTable> {
  const { t } = i18n;
  const complaints = (
    name: "reclamations-produits" | "reclamations-causes",
    head: string,
    rows: { label: string | null; count: number }[],
  ): ReportTable => ({
    name,
    caption: t(`inbox.reports.table.${name}`),
    columns: [head, t("inbox.reports.complaints")],
    rows: rows.map((row) => [row.label ?? t("inbox.reports.notFilled"), row.count]),
  });
  return {
    delais: {
      name: "delais",
      caption: t("inbox.reports.table.delais"),
      columns: [
        t("inbox.reports.measure"),
        t("inbox.reports.median"),
        t("inbox.reports.p90"),
        t("inbox.reports.conversations"),
      ],
      rows: [
        [
          t("inbox.reports.firstResponse"),
          hours(figures.firstResponse.median),
          hours(figures.firstResponse.p90),
          figures.firstResponse.count,
        ],
        [
          t("inbox.reports.resolution"),
          hours(figures.resolution.median),
          hours(figures.resolution.p90),
          figures.resolution.count,
        ],
      ],
    },
    equipes: serviceLevelTable(i18n, "equipes", figures.teams, t("inbox.reports.noTeam")),
    conseillers: serviceLevelTable(i18n, "conseillers", figures.advisors, t("inbox.reports.unassigned")),
    anciennete: {
      name: "anciennete",
      caption: t("inbox.reports.table.anciennete"),
      columns: [t("inbox.reports.age"), t("inbox.reports.conversations")],
      rows: BACKLOG_AGES.map((age) => [t(`inbox.reports.age.${age}`), figures.backlog[age]]),
    },
    "reclamations-produits": complaints(
      "reclamations-produits",
      t("inbox.reports.product"),
      figures.complaintsByProduct,
    ),
    "reclamations-causes": complaints(
      "reclamations-causes",
      t("inbox.reports.rootCause"),
      figures.complaintsByCause,
    ),
  };
}
