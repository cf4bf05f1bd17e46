import type { Feature } from "../../platform/feature.ts";
import { eraseAccountsWith } from "../accounts/index.ts";
import { dpoRoutes } from "./consent-proof/dpo-routes.tsx";
import { deathRoutes } from "./directives/death-routes.tsx";
import { eraseOwnAccount } from "./erasure/erasure.ts";
import { privacyHousekeeping } from "./housekeeping.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { dataRoutes } from "./own-data/data-routes.tsx";
import { noticeRoutes } from "./registers/notice-routes.tsx";
import { registerRoutes } from "./registers/register-routes.tsx";
import { requestConsoleRoutes } from "./requests/request-console-routes.tsx";
import { requestRoutes } from "./requests/request-routes.tsx";

export { holdPersonalData } from "./holders.ts";
export { ensureRegister, retentionMonths } from "./registers/register.ts";
export { requestDeadlines } from "./requests/request-deadlines.ts";

// A member erasing their own account is erased here, where the personal-data map is: accounts
// leaves a registration point for it, filled as soon as the application loads its features.
eraseAccountsWith(eraseOwnAccount);

/** Privacy: people's rights and requests, the DPO's console, registers, breaches, directives, erasure. */
export const privacyFeature: Feature = {
  name: "privacy",
  messages: { fr, en },
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
