import { staffAbility } from "../../platform/auth/access.ts";
import { COMMUNITY_TEAM } from "../../platform/auth/roles.ts";

/** The community team keeps the contacts: searches them, makes lists, imports a file. */
export const keepContacts = staffAbility("contacts.keep", COMMUNITY_TEAM);
