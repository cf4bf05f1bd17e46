import type { Feature } from "../../platform/feature.ts";
import { screenPublications } from "../community/index.ts";
import { authorRoutes } from "./author-routes.tsx";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { moderationScreen } from "./publication-screen.ts";
import { queueRoutes } from "./queue-routes.tsx";
import { reportRoutes } from "./report-routes.tsx";
import { moderationRoutes } from "./routes.ts";

export { classifyLines } from "./classify-cli.ts";
export { queueCounts } from "./queue.ts";
export { textCheck } from "./text-check-cli.ts";

// What members publish is screened, held and flagged here: the community asks what is registered.
screenPublications(moderationScreen);

/** Moderation: screening, held posts, reports, decisions and their statements, appeals, transparency. */
export const moderationFeature: Feature = {
  name: "moderation",
  messages: { fr, en },
  routes: [moderationRoutes, reportRoutes, queueRoutes, authorRoutes],
};
