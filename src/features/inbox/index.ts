import type { Feature } from "../../platform/feature.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { privateMessageRoutes } from "./sources/private-message-routes.tsx";

/**
 * The inbox: everything clients say to the bank, from every source (sources.ts), as
 * conversations its teams work within service levels and the law on complaints.
 */
export { type AnswerInput, answer } from "./answers.ts";
export { type Received, receive } from "./receive.ts";
export {
  type CheckedAttachment,
  type InboxSource,
  type Incoming,
  type Outgoing,
  registerSource,
} from "./sources.ts";

export const inboxFeature: Feature = {
  name: "inbox",
  messages: { fr, en },
  routes: [privateMessageRoutes],
};
