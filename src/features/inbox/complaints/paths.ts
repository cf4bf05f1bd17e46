/** The complaint pages' addresses (the conversation id names the complaint). */
export const complaintPath = (conversationId: number) => `/admin/reclamations/${conversationId}`;
export const acknowledgePath = (conversationId: number) => `${complaintPath(conversationId)}/accuse`;
export const holdingReplyPath = (conversationId: number) =>
  `${complaintPath(conversationId)}/reponse-d-attente`;
export const finalAnswerPath = (conversationId: number) => `${complaintPath(conversationId)}/reponse-finale`;
export const REGISTER_PATH = "/admin/reclamations";
/** The member's printable receipt, in "Mes messages". */
export const receiptPath = (conversationId: number) =>
  `/compte/messages/${conversationId}/accuse-de-reception`;
