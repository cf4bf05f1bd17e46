import type { Feature } from "../../platform/feature.ts";
import { dataRoutes } from "./data-routes.tsx";
import { deathRoutes } from "./death-routes.tsx";
import { dpoRoutes } from "./dpo-routes.tsx";
import { privacyHousekeeping } from "./housekeeping.ts";
import { noticeRoutes } from "./notice-routes.tsx";
import { registerRoutes } from "./register-routes.tsx";
import { requestConsoleRoutes } from "./request-console-routes.tsx";
import { requestRoutes } from "./request-routes.tsx";

export { ensureRegister } from "./register.ts";
export { requestDeadlines } from "./request-deadlines.ts";

/** Privacy: people's rights and requests, the DPO's console, registers, breaches, directives, erasure. */
export const privacyFeature: Feature = {
  name: "privacy",
  routes: [
    dpoRoutes,
    dataRoutes,
    noticeRoutes,
    requestRoutes,
    requestConsoleRoutes,
    registerRoutes,
    deathRoutes,
  ],
  schedules: (ctx) => [privacyHousekeeping(ctx)],
};
