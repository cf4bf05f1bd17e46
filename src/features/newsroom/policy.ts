import { staffAbility } from "../../platform/auth/access.ts";
import { COMMUNITY_TEAM } from "../../platform/auth/roles.ts";

/**
 * The newsroom speaks for the bank: the community team publishes and edits, once their second
 * factor is given. Everyone reads; members comment through the community.
 */
export const publishNews = staffAbility("newsroom.publish", COMMUNITY_TEAM);
