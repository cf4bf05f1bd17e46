import type { Locale } from "../../config.ts";
import type { Role } from "./roles.ts";

/** Who is making a request, as the session proves it. Policies decide from this alone. */
export interface Actor {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale | null;
  emailVerified: boolean;
  /** A TOTP second factor is enrolled. */
  totpEnabled: boolean;
  /** This session passed the second factor (or the identity provider vouched for one). */
  secondFactorDone: boolean;
  /** Moderation took away the right to publish for now (reads and signs in still). */
  silenced: boolean;
  sessionId: number;
}

export function isStaff(actor: Actor | null): actor is Actor {
  return actor !== null && actor.role !== "member";
}

/** Staff may act only once a second factor is enrolled and was given in this session. */
export function staffReady(actor: Actor): boolean {
  return actor.totpEnabled && actor.secondFactorDone;
}
