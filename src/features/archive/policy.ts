import { staffAbility } from "../../platform/auth/access.ts";

/** The archive of what the bank said is compliance's record; the DPO reads it for requests. */
export const readArchive = staffAbility("archive.read", ["compliance_officer", "dpo"]);
