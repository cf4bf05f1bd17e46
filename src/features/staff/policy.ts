import type { FastifyRequest } from "fastify";
import { type Actor, isStaff, staffReady } from "../../platform/auth/actor.ts";
import { requireActor } from "../../platform/auth/guards.ts";
import { forbidden } from "../../platform/http/errors.ts";

/** Who may use which part of the staff console. Routes refuse with it, views hide with it. */
export type StaffAction =
  | "open_console"
  | "manage_accounts"
  | "read_audit_log"
  | "read_mailbox"
  | "read_archive"
  | "read_consents"
  | "handle_requests"
  | "keep_registers";

export function can(actor: Actor | null, action: StaffAction): boolean {
  if (!isStaff(actor) || !staffReady(actor)) return false;
  switch (action) {
    case "open_console":
      return true;
    case "manage_accounts":
    case "read_mailbox":
      return actor.role === "administrator";
    case "read_audit_log":
      // Compliance reads the record of staff actions too (ACPR: who said what for the bank).
      return actor.role === "administrator" || actor.role === "compliance_officer";
    case "read_archive":
      // The archive of what the bank said is compliance's record; the DPO reads it for requests.
      return actor.role === "compliance_officer" || actor.role === "dpo";
    case "handle_requests":
    case "keep_registers":
    case "read_consents":
      // Proof of consent is personal data about consent itself: the DPO's, for requests and inspections.
      return actor.role === "dpo";
  }
}

/** The signed-in person when the policy lets them do `action`; 403 otherwise (sign-in first for visitors). */
export function requirePermission(request: FastifyRequest, action: StaffAction): Actor {
  const actor = requireActor(request);
  if (!can(actor, action)) throw forbidden();
  return actor;
}
