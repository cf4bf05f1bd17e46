import { staffAbility } from "../../platform/auth/access.ts";
import { COMMUNITY_TEAM } from "../../platform/auth/roles.ts";

/** The community team writes, approves (four eyes) and sends the letters (the contacts: contacts/policy.ts). */
export const runNewsletter = staffAbility("newsletter.run", COMMUNITY_TEAM);
