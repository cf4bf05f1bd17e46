import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { outboxRoutes } from "./outbox-routes.tsx";
import { staffRoutes } from "./routes.tsx";
import { installStaffWorkspace } from "./workspace.ts";

/** The staff's home and administration: people, roles, the mail outbox. */
export const staffFeature: Feature = {
  name: "staff",
  messages: { fr, en },
  install: installStaffWorkspace,
  routes: [staffRoutes, outboxRoutes],
};
