import type { I18n } from "../../platform/i18n/index.ts";
import { COMPONENTS, type ComponentName, type ConversationIndexWeek } from "./conversation-index.ts";
import { type FigureTable, pValue, rounded, type Unit } from "./tables.ts";

/**
 * The Conversation Index as tables (docs/barometer.md): the index per week, and the latest
 * week's components, each in its unit with its interval, the items it rests on and its trend.
 */
export const COMPONENT_UNITS: Record<ComponentName, Unit> = {
  answered: "percent",
  publicResponseTime: "hours",
  privateResponseTime: "hours",
  conversation: "percent",
  solvedInPublic: "percent",
  complaintsInTime: "percent",
  netPromoters: "points",
};

/** A component's value in its unit as shown: shares in percent, hours and NPS points as they are. */
export const componentValue = (name: ComponentName, value: number) =>
  COMPONENT_UNITS[name] === "percent" ? value * 100 : value;

const weekLabel = (i18n: I18n, week: string) => i18n.date(new Date(`${week}T12:00:00Z`));

export function indexTable(i18n: I18n, weeks: readonly ConversationIndexWeek[]): FigureTable {
  const { t } = i18n;
  return {
    name: "indice",
    caption: t("barometer.table.indice"),
    columns: [t("barometer.table.week"), t("barometer.table.index"), t("barometer.table.change.points")],
    rows: weeks.map((week) => [
      weekLabel(i18n, week.week),
      rounded(week.index, "index"),
      rounded(week.indexTrend, "index"),
    ]),
  };
}

export function componentsTable(i18n: I18n, weeks: readonly ConversationIndexWeek[]): FigureTable {
  const { t } = i18n;
  const week = [...weeks].reverse().find((w) => w.index !== null);
  return {
    name: "indice-composantes",
    caption: week
      ? t("barometer.table.components", { week: weekLabel(i18n, week.week) })
      : t("barometer.table.componentsNone"),
    columns: [
      t("barometer.table.component"),
      t("barometer.table.value"),
      t("barometer.table.low"),
      t("barometer.table.high"),
      t("barometer.table.items"),
      t("barometer.table.change"),
      t("barometer.table.verdict"),
      t("barometer.table.p"),
    ],
    rows: week
      ? COMPONENTS.flatMap((name) => {
          const component = week.components[name];
          if (!component) return [];
          const unit = COMPONENT_UNITS[name];
          const shown = (value: number | undefined) =>
            value === undefined ? null : rounded(componentValue(name, value), unit);
          return [
            [
              t(`barometer.index.component.${name}`),
              shown(component.value),
              shown(component.ci95?.[0]),
              shown(component.ci95?.[1]),
              component.n,
              shown(component.trend?.difference),
              component.trend?.verdict ? t(`barometer.verdict.${component.trend.verdict}`) : "",
              component.trend?.change ? pValue(component.trend.change.p) : null,
            ],
          ];
        })
      : [],
  };
}
