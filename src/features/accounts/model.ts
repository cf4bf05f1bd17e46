import type { Role } from "../../platform/auth/roles.ts";

/** The accounts' shapes other features may know. */
export type { PublicProfile } from "./public-profiles.ts";

/** An account as the staff console and the CLI list it. */
export interface AccountSummary {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  team: string | null;
  totpEnabled: boolean;
  deactivated: boolean;
  createdAt: Date;
}
