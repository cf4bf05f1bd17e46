import { memberAbility } from "../../platform/auth/access.ts";

/**
 * One's own account (name, password, e-mail, sessions, second factor, closing it): any signed-in
 * person, verified or not, staff with or without their second factor (they enrol it here).
 */
export const useOwnAccount = memberAbility("account.own");
