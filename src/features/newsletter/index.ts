import type { Feature } from "../../platform/feature.ts";
import { campaignRoutes } from "./campaign-routes.tsx";
import { newsletterHousekeeping } from "./housekeeping.ts";
import { mailEventRoutes } from "./mail-event-routes.ts";
import { newsletterRoutes } from "./routes.tsx";
import { startNewsletterWorkers } from "./sending.ts";

export { campaignsAwaitingApprovalBy } from "./campaigns.ts";
// The subscribers' records as the contacts desk (features/contacts) reads, imports and lists them.
export {
  contactCounts,
  createList,
  findContacts,
  type ImportRow,
  importContacts,
  listsWithCounts,
} from "./contacts.ts";

/** The newsletter: consent-proven subscriptions, campaigns and their sending, the contacts' records. */
export const newsletterFeature: Feature = {
  name: "newsletter",
  routes: [newsletterRoutes, campaignRoutes, mailEventRoutes],
  startWorkers: startNewsletterWorkers,
  schedules: (ctx) => [newsletterHousekeeping(ctx)],
};
