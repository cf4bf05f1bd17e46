import { frAudit } from "./fr-audit.ts";
import { frComplaints } from "./fr-complaints.ts";
import { frConversation } from "./fr-conversation.ts";
import { frCore } from "./fr-core.ts";
import { frEmail } from "./fr-email.ts";
import { frMember } from "./fr-member.ts";
import { frPublic } from "./fr-public.ts";
import { frReports } from "./fr-reports.ts";
import { frSatisfaction } from "./fr-satisfaction.ts";
import { frSettings } from "./fr-settings.ts";
import { frViews } from "./fr-views.ts";

/**
 * The inbox's messages, in French: the source of their keys. Each part of the inbox keeps its
 * own file (fr-<part>.ts, with its en-<part>.ts), gathered here.
 */
export const fr = {
  ...frCore,
  ...frAudit,
  ...frMember,
  ...frEmail,
  ...frSettings,
  ...frReports,
  ...frSatisfaction,
  ...frConversation,
  ...frComplaints,
  ...frPublic,
  ...frViews,
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}
