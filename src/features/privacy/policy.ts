import { memberAbility, staffAbility } from "../../platform/auth/access.ts";

/** The DPO's desk: requests and their clocks, the registers, and the proof of consents. */
export const dpoDesk = {
  handleRequests: staffAbility("privacy.handle_requests", ["dpo"]),
  keepRegisters: staffAbility("privacy.keep_registers", ["dpo"]),
  // Proof of consent is personal data about consent itself: the DPO's, for requests and inspections.
  readConsents: staffAbility("privacy.read_consents", ["dpo"]),
} as const;

/**
 * A person's own data and rights (read, download, ask, object, consents, directives): any
 * signed-in person, verified or not; rights do not wait for a confirmed address.
 */
export const ownData = memberAbility("privacy.own_data");
