import type { AppContext } from "../../platform/context.ts";
import type { Feature } from "../../platform/feature.ts";
import { holdPersonalData } from "../privacy/index.ts";
import { campaignRoutes } from "./campaign-routes.tsx";
import { newsletterHousekeeping } from "./housekeeping.ts";
import { mailEventRoutes } from "./mail-event-routes.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { subscriptionRights } from "./rights.ts";
import { newsletterRoutes } from "./routes.tsx";
import { startNewsletterWorkers } from "./sending.ts";

import { refusesSolicitations, refusingSolicitationsAmong, suppressionKey } from "./suppression.ts";

export { campaignsAwaitingApprovalBy } from "./campaigns.ts";
// The subscribers' records as the contacts desk (features/contacts) reads, imports and lists them.
export {
  contactCounts,
  contactsChosen,
  createList,
  findContacts,
  type ImportRow,
  importContacts,
  listsWithCounts,
  normaliseTags,
} from "./contacts.ts";

/**
 * Whether someone objected to being written to (suppression list, restriction): other features
 * ask before a message the person did not ask for, such as the inbox's satisfaction survey.
 */
export function objectsToMessages(ctx: AppContext, email: string): Promise<boolean> {
  return refusesSolicitations(ctx.db, suppressionKey(ctx.config), email);
}

/** `objectsToMessages` for many addresses at once: the ones (normalised, lower case) not to write to. */
export function objectingAmong(ctx: AppContext, emails: readonly string[]): Promise<Set<string>> {
  return refusingSolicitationsAmong(ctx.db, suppressionKey(ctx.config), emails);
}

// A person's rights (erasure, export, objection, restriction) reach their subscriptions through
// privacy, which asks what is registered here as soon as the application loads its features.
holdPersonalData({ subscriptions: subscriptionRights });

/** The newsletter: consent-proven subscriptions, campaigns and their sending, the contacts' records. */
export const newsletterFeature: Feature = {
  name: "newsletter",
  messages: { fr, en },
  routes: [newsletterRoutes, campaignRoutes, mailEventRoutes],
  startWorkers: startNewsletterWorkers,
  schedules: (ctx) => [newsletterHousekeeping(ctx)],
};
