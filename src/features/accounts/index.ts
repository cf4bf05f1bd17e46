import type { Feature } from "../../platform/feature.ts";
import { accountHousekeeping } from "./housekeeping.ts";
import { en } from "./messages/en.ts";
import { fr } from "./messages/fr.ts";
import { oidcRoutes } from "./oidc-routes.tsx";
import { accountRoutes } from "./routes.tsx";
import { startAccountWorkers } from "./service.ts";
import { installActorHook } from "./session-cookie.ts";

export { changeRole, createAdministrator, listAccounts, setDeactivated, setTeam } from "./admin.ts";
export { demoTotpCode } from "./demo.ts";
export {
  accountOf,
  accountStandings,
  accountStatus,
  accountsWithEmails,
  deactivateAccount,
  deleteAccountRow,
  staffAccountIds,
  staffAmong,
  staffWithRoles,
} from "./directory.ts";
export { type AccountEraser, eraseAccountsWith } from "./erasure-hook.ts";
export {
  accountsNamed,
  mailRecipients,
  memberProfile,
  membersNamedLike,
  publicProfiles,
  verifiedMembers,
} from "./public-profiles.ts";
export { authorAsActor, type Restriction, restrictAccount } from "./restrictions.ts";
export { originOf } from "./routes.tsx";
/** The view other features join to show authors in the statement that reads their posts. */
export { publicProfileFields, publicProfileView } from "./schema.ts";
export { closeAllSessions } from "./sessions.ts";
export { emailProblem, normaliseEmail } from "./validation.ts";

/** Accounts: sign-up, sign-in (password, second factor, the staff's provider), profiles, sessions. */
export const accountsFeature: Feature = {
  name: "accounts",
  messages: { fr, en },
  install: installActorHook,
  routes: [accountRoutes, oidcRoutes],
  startWorkers: startAccountWorkers,
  schedules: (ctx) => [accountHousekeeping(ctx)],
};
