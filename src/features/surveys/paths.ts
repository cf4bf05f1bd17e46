/** The surveys' addresses other features link to (the staff console, the invitations). */
export const SURVEYS_PATH = "/admin/sondages";
export const surveyPath = (id: number) => `${SURVEYS_PATH}/${id}`;
/** A wave's public link. */
export const publicLinkPath = (key: string) => `/sondages/${key}`;
/** A wave's distribution: its invitations by e-mail and on the site. */
export const INVITATIONS_ROUTE = `${SURVEYS_PATH}/vagues/:id/diffusion`;
export const invitationsPagePath = (waveId: number) => INVITATIONS_ROUTE.replace(":id", String(waveId));
/** A response's draft, behind its secret. */
export const responsePath = (key: string) => `/sondages/reponse/${key}`;
