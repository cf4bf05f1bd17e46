import { type DashboardFilters, filtersQuery } from "./filters.ts";
import type { FigureName } from "./tables.ts";

/** The barometer's staff addresses. */
export const BAROMETER_PATH = "/admin/barometre";
export const SETTINGS_PATH = `${BAROMETER_PATH}/reglages`;
export const REPORT_ADMIN_PATH = `${BAROMETER_PATH}/rapport-public`;
export const OWN_SATISFACTION_PATH = `${BAROMETER_PATH}/ma-satisfaction`;

/** A figure's table as CSV, for the same filters as the page. */
export const figureCsvPath = (name: FigureName, filters: DashboardFilters) =>
  `${BAROMETER_PATH}.csv${filtersQuery(filters, { figure: name })}`;
