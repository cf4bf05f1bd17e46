/** The reviews' addresses, for this feature's routes and for others' links. */
export const REVIEWS_PATH = "/avis";
export const reviewPath = (id: number) => `/avis/${id}`;
export const BADGE_PATH = "/avis/badge.svg";
export const WRITE_REVIEW_PATH = "/avis/ecrire";
/** The single-use link of an invitation (the token is the only key). */
export const invitationPath = (token: string) => `/avis/invitation/${token}`;
/** Where an author without an account reads the decision, corrects or withdraws (the key from their e-mail). */
export const authorKeyPath = (key: string) => `/avis/gerer/${key}`;
export const MY_REVIEWS_PATH = "/compte/avis";
export const myReviewPath = (id: number) => `/compte/avis/${id}`;
export const REVIEW_QUEUE_PATH = "/moderation/avis";
export const queuedReviewPath = (id: number) => `/moderation/avis/${id}`;
export const REVIEW_SETTINGS_PATH = "/moderation/avis/reglages";

/** What the kept public pages of reviews depend on (platform/http/public-pages.ts). */
export const REVIEWS_SCOPE = "reviews";
export const reviewScope = (id: number) => `review:${id}`;
/** Moved every midnight (new-day.ts): the score's window and the anonymity period follow the calendar. */
export const REVIEWS_DAY_SCOPE = "reviews-day";

/** The D111-17 page: how reviews are checked, ordered and kept, generated from the settings. */
export const DISCLOSURE_PATH = "/avis/fonctionnement";

/** The community team invites clients here; compliance reads the register of batches. */
export const INVITATIONS_PATH = "/admin/avis/invitations";
/** The yearly conformity report for an auditor (NF ISO 20488). */
export const CONFORMITY_PATH = "/admin/avis/conformite";
