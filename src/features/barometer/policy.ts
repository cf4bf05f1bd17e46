import { staffAbility } from "../../platform/auth/access.ts";

/**
 * The barometer's abilities. Community managers build the surveys and read the dashboards;
 * compliance and the DPO read everything; advisors see only their own satisfaction results;
 * visitors see the public trust report only once the bank has published it (a public route).
 */
export const barometer = {
  /** `/admin/barometre`: every figure, its interval, its verdict and its CSV. */
  read: staffAbility("barometer.read", ["community_manager", "compliance_officer", "dpo", "administrator"]),
  /** The weighting targets and the minimum number of answers shown. */
  configure: staffAbility("barometer.configure", ["community_manager", "administrator"]),
  /** Publishing (or withdrawing) the public trust report: a publication, archived. */
  publish: staffAbility("barometer.publish", ["community_manager", "administrator"]),
  /** An advisor's own satisfaction after resolution: the conversations assigned to them, nobody else's. */
  ownSatisfaction: staffAbility("barometer.own_satisfaction", ["advisor"]),
} as const;
