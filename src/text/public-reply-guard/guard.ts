import { findPersonalData, type PersonalDataKind } from "../personal-data.ts";
import { type BankSecrecyKind, findBankSecrecy } from "./bank-secrecy.ts";
import { findCreditWithoutWarning } from "./credit-advertising.ts";

/**
 * Everything wrong with a staff member's public reply, before it is published (issue #14): bank
 * secrecy, credit advertising without its legal sentence, and personal data (which publishing
 * would mask; the guard names it so the advisor fixes the reply rather than publish "[IBAN
 * masqué]" in the bank's name). Pure: the inbox refuses the send on a finding and offers
 * "continue in private", or a compliance officer's written override.
 */
export type PublicReplyCheck = "bank_secrecy" | "credit_advertising" | "personal_data";
export type PublicReplyKind = BankSecrecyKind | "credit_without_warning" | PersonalDataKind;

const REASON = {
  client_relationship: "publicReply.reason.clientRelationship",
  account_fact: "publicReply.reason.accountFact",
  balance: "publicReply.reason.balance",
  operation: "publicReply.reason.operation",
  card_or_account_digits: "publicReply.reason.cardOrAccountDigits",
  credit_without_warning: "publicReply.reason.creditWithoutWarning",
  iban: "publicReply.reason.personalData",
  card: "publicReply.reason.personalData",
  phone: "publicReply.reason.personalData",
  email: "publicReply.reason.personalData",
  nir: "publicReply.reason.personalData",
} as const satisfies Record<PublicReplyKind, string>;

/** A catalogue key (platform fr.ts/en.ts) saying why, in the reader's language. */
export type PublicReplyReason = (typeof REASON)[PublicReplyKind];

export interface PublicReplyFinding {
  check: PublicReplyCheck;
  kind: PublicReplyKind;
  /** UTF-16 offsets in the reply, end excluded (as String.prototype.slice takes them). */
  start: number;
  end: number;
  reason: PublicReplyReason;
}

export interface PublicReplyVerdict {
  ok: boolean;
  findings: PublicReplyFinding[];
}

export interface PublicReplyOptions {
  /**
   * The bank's own numbers a reply may give ("appelez le 09 69 …"): a phone found whose digits
   * end like one of these is not personal data. Compared on digits, so any spacing matches.
   */
  bankPhoneNumbers?: readonly string[];
}

/** Whether the reply may be published as it is, and if not, every reason why, in text order. */
export function publicReplyGuard(text: string, options: PublicReplyOptions = {}): PublicReplyVerdict {
  const bankNumbers = options.bankPhoneNumbers ?? [];
  const findings: PublicReplyFinding[] = [
    ...findBankSecrecy(text).map((f) => ({ check: "bank_secrecy" as const, ...f, reason: REASON[f.kind] })),
    ...findCreditWithoutWarning(text).map((f) => ({
      check: "credit_advertising" as const,
      ...f,
      reason: REASON[f.kind],
    })),
    ...findPersonalData(text, { publicNumbers: bankNumbers }).map((f) => ({
      check: "personal_data" as const,
      ...f,
      reason: REASON[f.kind],
    })),
  ].sort((a, b) => a.start - b.start);
  return { ok: findings.length === 0, findings };
}
