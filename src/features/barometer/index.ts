import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { ownSatisfactionRoutes } from "./own-satisfaction.tsx";
import { publicReportRoutes, reportAdminRoutes } from "./report-routes.tsx";
import { dashboardRoutes } from "./routes.tsx";
import { settingsRoutes } from "./settings-routes.tsx";

/**
 * The trust barometer's dashboards: trust, NPS and satisfaction per wave with their intervals
 * and verdicts (`/admin/barometre`), the weighting settings, and the public trust report the
 * bank may publish. The figures come from `src/stats`; the answers from the surveys' results.
 */
export { BAROMETER_PATH } from "./paths.ts";
export { REPORT_PATH } from "./report.ts";

export const barometerFeature: Feature = {
  name: "barometer",
  messages: { fr, en },
  routes: [dashboardRoutes, settingsRoutes, reportAdminRoutes, ownSatisfactionRoutes, publicReportRoutes],
};
