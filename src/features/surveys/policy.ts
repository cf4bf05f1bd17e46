import { staffAbility } from "../../platform/auth/access.ts";

/**
 * The surveys' abilities. Answering needs none (a public link, an invitation, a draft's secret
 * address are each their own key); building and reading the answers are staff work.
 */
export const surveysAccess = {
  /** Write surveys and their versions, open waves and their public links. */
  build: staffAbility("surveys.build", ["community_manager", "administrator"]),
  /** Read every survey, version, wave and its results (compliance and the DPO check what is asked and kept). */
  read: staffAbility("surveys.read", ["community_manager", "compliance_officer", "dpo", "administrator"]),
} as const;
