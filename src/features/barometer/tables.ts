import type { I18n } from "../../platform/i18n/index.ts";
import type { Point, Series, Step } from "./figures.ts";

/**
 * Each figure as a table: the page shows it under its chart (for screen readers and exact
 * figures) and the CSV export writes the same rows, so the two never disagree. A period under
 * the minimum number of answers keeps its row with its count and says why it has no figure.
 */
export const FIGURES = [
  "confiance",
  "nps",
  "satisfaction",
  "sentiment",
  "indice",
  "indice-composantes",
] as const;
export type FigureName = (typeof FIGURES)[number];

/** How a figure's values read: percent (trust, negative share), points (NPS), a 1–5 mean, hours, a 0–100 index. */
export type Unit = "percent" | "points" | "scale" | "hours" | "index";

export interface FigureTable {
  name: FigureName;
  caption: string;
  columns: string[];
  /** The first cell heads its row; null is written "—" on the page and left empty in the CSV. */
  rows: (string | number | null)[][];
}

/** A value rounded for reading: one decimal for percent and scale, none for points. */
export function rounded(value: number | null | undefined, unit: Unit): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const digits = unit === "points" ? 0 : unit === "scale" ? 2 : 1;
  return Number(value.toFixed(digits));
}

/** A (weighted) count as given to `confiance stats`: two decimals once weighted, whole otherwise. */
const counted = (value: number | undefined) => (value === undefined ? null : Number(value.toFixed(2)));

/** A p-value as written: three decimals, "< 0,001" below. */
export const pValue = (p: number) => (p < 0.001 ? "< 0.001" : p.toFixed(3));

export function verdictWords(i18n: I18n, step: Step | null, point: Point, minimumN: number): string {
  const { t } = i18n;
  if (point.fewOutside) return t("barometer.fewOutside", { minimum: minimumN });
  if (point.hidden) return t("barometer.belowMinimum", { minimum: minimumN });
  if (!step) return "";
  return t(`barometer.verdict.${step.verdict}`);
}

/** A series as a table: period, value, interval, n, effective n, change, verdict, p. */
export function seriesTable(
  i18n: I18n,
  name: FigureTable["name"],
  caption: string,
  series: Series,
  unit: Unit,
  minimumN: number,
): FigureTable {
  const { t } = i18n;
  return {
    name,
    caption,
    columns: [
      t("barometer.table.period"),
      t(`barometer.table.value.${unit}`),
      t("barometer.table.low"),
      t("barometer.table.high"),
      t("barometer.table.n"),
      t("barometer.table.effectiveN"),
      t(`barometer.table.change.${unit}`),
      t("barometer.table.verdict"),
      t("barometer.table.p"),
      ...(unit === "percent" ? [t("barometer.table.k")] : []),
      ...(unit === "points"
        ? [t("barometer.table.promoters"), t("barometer.table.passives"), t("barometer.table.detractors")]
        : []),
    ],
    rows: series.points.map((point, i) => {
      const step = series.steps[i] ?? null;
      return [
        point.label,
        rounded(point.value, unit),
        rounded(point.ci95?.[0], unit),
        rounded(point.ci95?.[1], unit),
        point.hidden ? null : point.n,
        point.hidden ? null : Math.round(point.effectiveN),
        step ? rounded(step.difference, unit) : null,
        verdictWords(i18n, step, point, minimumN),
        step ? pValue(step.p) : null,
        ...(unit === "percent" ? [counted(point.k)] : []),
        ...(unit === "points"
          ? [
              counted(point.buckets?.promoters),
              counted(point.buckets?.passives),
              counted(point.buckets?.detractors),
            ]
          : []),
      ];
    }),
  };
}
