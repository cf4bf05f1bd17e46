import { staffAbility } from "../../platform/auth/access.ts";
import { COMMUNITY_TEAM } from "../../platform/auth/roles.ts";

/** The audience figures are for the community team, who write the news and the letters. */
export const readAudience = staffAbility("audience.read", COMMUNITY_TEAM);
