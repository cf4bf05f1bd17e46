import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { contactRoutes } from "./routes.tsx";

/**
 * The contacts desk (CRM): the newsletter's subscribers seen as clients and prospects, searched,
 * put in lists and imported from a CSV file. The records are the newsletter's; this feature reads
 * and writes them through the newsletter's index.ts, and the newsletter knows nothing of it.
 */
export const contactsFeature: Feature = {
  name: "contacts",
  messages: { fr, en },
  routes: [contactRoutes],
};
