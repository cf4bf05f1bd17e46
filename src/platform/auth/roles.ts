import { isOneOf } from "../one-of.ts";

export const ROLES = [
  "member",
  "advisor",
  "community_manager",
  "compliance_officer",
  "dpo",
  "administrator",
] as const;
export type Role = (typeof ROLES)[number];

export function isStaffRole(role: Role): boolean {
  return role !== "member";
}

export function isRole(value: unknown): value is Role {
  return isOneOf(ROLES, value);
}

/** The community team: they moderate, publish the news, run the newsletter and read the audience. */
export const COMMUNITY_TEAM: readonly Role[] = ["community_manager", "administrator"];
