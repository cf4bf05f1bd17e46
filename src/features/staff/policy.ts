import { staffAbility } from "../../platform/auth/access.ts";

/**
 * The staff console's abilities. Routes declare them (`config.access`), views hide with
 * `may(actor, ability)`; each needs a staff role and a second factor in this session.
 */
export const staffConsole = {
  open: staffAbility("staff.open_console", [
    "advisor",
    "community_manager",
    "compliance_officer",
    "dpo",
    "administrator",
  ]),
  manageAccounts: staffAbility("staff.manage_accounts", ["administrator"]),
  // Compliance reads the record of staff actions too (ACPR: who said what for the bank).
  readAuditLog: staffAbility("staff.read_audit_log", ["administrator", "compliance_officer"]),
  readMailbox: staffAbility("staff.read_mailbox", ["administrator"]),
  // Who each e-mail went to and what the relay answered: the administrators who run the platform.
  readOutbox: staffAbility("staff.read_outbox", ["administrator"]),
} as const;
