import { enAudit } from "./en-audit.ts";
import { enComplaints } from "./en-complaints.ts";
import { enConversation } from "./en-conversation.ts";
import { enCore } from "./en-core.ts";
import { enEmail } from "./en-email.ts";
import { enMember } from "./en-member.ts";
import { enPublic } from "./en-public.ts";
import { enReports } from "./en-reports.ts";
import { enSatisfaction } from "./en-satisfaction.ts";
import { enSettings } from "./en-settings.ts";
import { enViews } from "./en-views.ts";
import type { fr } from "./fr.ts";

/** The inbox's messages, in English: a key missing here fails the type-check. */
export const en: Record<keyof typeof fr, string> = {
  ...enCore,
  ...enAudit,
  ...enMember,
  ...enEmail,
  ...enSettings,
  ...enReports,
  ...enSatisfaction,
  ...enConversation,
  ...enComplaints,
  ...enPublic,
  ...enViews,
};
