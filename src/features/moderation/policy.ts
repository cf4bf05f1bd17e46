import { staffAbility } from "../../platform/auth/access.ts";
import { COMMUNITY_TEAM } from "../../platform/auth/roles.ts";

/** The community team moderates: the queue, decisions, restrictions, appeals, watched words. */
export const moderate = staffAbility("moderation.moderate", COMMUNITY_TEAM);
