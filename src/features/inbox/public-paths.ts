/** The pages of the inbox's public part (approvals, overrides, continuing in private). */
export const APPROVALS_PATH = "/admin/boite/approbations";
export const approvalPath = (messageId: number, decision: "approuver" | "refuser") =>
  `${APPROVALS_PATH}/${messageId}/${decision}`;
export const overridePath = (conversationId: number) => `/admin/boite/${conversationId}/derogation`;
export const privatePath = (conversationId: number) => `/admin/boite/${conversationId}/en-prive`;
/** A conversation's page in the inbox (where these pages send the advisor back). */
export const workedConversationPath = (conversationId: number) => `/admin/boite/${conversationId}`;
