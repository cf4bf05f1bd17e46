import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { audienceRoutes } from "./routes.tsx";

export { purgeAudience } from "./figures.ts";

/** The audience: the consent-exempt measurement of visits and its figures. */
export const audienceFeature: Feature = {
  name: "audience",
  messages: { fr, en },
  routes: [audienceRoutes],
};
