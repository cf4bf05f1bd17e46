import type { Feature } from "../../platform/feature.ts";
import { outboxRoutes } from "./outbox-routes.tsx";
import { staffRoutes } from "./routes.tsx";

/** The staff's home and administration: people, roles, the mail outbox. */
export const staffFeature: Feature = { name: "staff", routes: [staffRoutes, outboxRoutes] };
