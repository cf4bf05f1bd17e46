import { memberAbility, staffAbility } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { COMMUNITY_TEAM, isStaffRole } from "../../platform/auth/roles.ts";

/**
 * Who may do what with reviews. Clients review; the bank's people never do (a review by staff
 * is a fake review, a misleading practice): the writing routes are open to signed-in people so
 * a staff member gets a clear answer, and `mayReview` refuses them in the service.
 */
export const writeReview = memberAbility("reviews.write", "verified");
/** An author's own reviews: read the decision, correct, resubmit, withdraw. */
export const ownReviews = memberAbility("reviews.own");
/** The community team checks reviews in order of arrival: publish, or refuse for a fixed reason. */
export const moderateReviews = staffAbility("reviews.moderate", COMMUNITY_TEAM);
/** Compliance reads everything the moderators read (the queue, every decision), without deciding. */
export const overseeReviews = staffAbility("reviews.oversee", [...COMMUNITY_TEAM, "compliance_officer"]);

/** The community team invites clients to review after real interactions (a CSV of them); compliance reads the register. */
export const inviteToReview = staffAbility("reviews.invite", COMMUNITY_TEAM);

/** Only clients review: no staff account, whatever its rights elsewhere. */
export function mayReview(actor: Actor | null): boolean {
  return actor === null || !isStaffRole(actor.role);
}
