import { memberAbility, staffAbility } from "../../platform/auth/access.ts";
import { COMMUNITY_TEAM } from "../../platform/auth/roles.ts";

/** The community team moderates: the queue, decisions, restrictions, appeals, watched words. */
export const moderate = staffAbility("moderation.moderate", COMMUNITY_TEAM);

/** An author's side of moderation: their held posts, the statements of reasons, their appeals. */
export const ownModeration = memberAbility("moderation.own_decisions");

/** Asking what would be masked before publishing: for people who may write, from the composer. */
export const checkText = memberAbility("moderation.check_text");

/** Classifying a message (complaint, payment service, language, sentiment): a pure answer, stored nowhere. */
export const classifyText = memberAbility("moderation.classify_text");
