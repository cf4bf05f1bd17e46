import { memberAbility, staffAbility } from "../../platform/auth/access.ts";

/**
 * The surveys' abilities. Answering needs none (a public link, an invitation, a draft's secret
 * address are each their own key); building and reading the answers are staff work.
 */
export const surveysAccess = {
  /** Write surveys and their versions, open waves and their public links, send their invitations. */
  build: staffAbility("surveys.build", ["community_manager", "administrator"]),
  /** Read every survey, version, wave and its results (compliance and the DPO check what is asked and kept). */
  read: staffAbility("surveys.read", ["community_manager", "compliance_officer", "dpo", "administrator"]),
  /** Follow or put away the invitation the site shows a signed-in member (the answer itself needs nothing more). */
  answerInPage: memberAbility("surveys.answer_in_page"),
} as const;
