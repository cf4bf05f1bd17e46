/**
 * What the inbox reads in an e-mail's headers, pure: the Message-IDs it refers to, the subject
 * without its "Re:" and "TR:", and the sender checks (SPF, DKIM, DMARC) as the relay reported them.
 */

/** Every `<id>` in a Message-ID, In-Reply-To or References header, in order, each once. */
export function messageIdsIn(value: string | readonly string[] | undefined): string[] {
  const text = Array.isArray(value) ? value.join(" ") : ((value as string | undefined) ?? "");
  const found = text.match(/<[^<>\s]{1,250}>/g) ?? [];
  return [...new Set(found)];
}

/** The subject a conversation shows: "Re:", "RE :", "TR:", "Fwd:", "Réf. :"… removed, however many. */
export function conversationSubject(subject: string): string {
  const prefix = /^\s*(?:(?:re|r[ée]f\.?|tr|fwd?|aw|wg|sv|antw)\s*(?:\[\d+\])?\s*:\s*)+/i;
  return subject.replace(prefix, "").replace(/\s+/g, " ").trim();
}

export type CheckResult =
  | "pass"
  | "fail"
  | "softfail"
  | "neutral"
  | "none"
  | "temperror"
  | "permerror"
  | "policy";

/** SPF, DKIM and DMARC as the receiving relay found them; absent when it did not say. */
export interface SenderChecks {
  spf?: CheckResult;
  dkim?: CheckResult;
  dmarc?: CheckResult;
  /** The relay that wrote the results (the authserv-id). */
  by?: string;
}

const RESULTS = new Set(["pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"]);

function result(value: string | undefined): CheckResult | undefined {
  const lower = value?.toLowerCase();
  return lower && RESULTS.has(lower) ? (lower as CheckResult) : undefined;
}

/**
 * Reads the results the relay added (RFC 8601 Authentication-Results, RFC 7208 Received-SPF).
 * A sender can write such headers into its own message, so only the topmost of each (the last
 * hop's, which is our relay) is believed, and with `authservId`, only one written by that relay.
 * Headers are given as they came, top first.
 */
export function senderChecks(
  headers: readonly { key: string; value: string }[],
  authservId?: string,
): SenderChecks {
  const checks: SenderChecks = {};
  const results = headers.filter((h) => h.key === "authentication-results");
  const trusted = authservId
    ? results.find((h) => h.value.trim().split(/[\s;]/)[0]?.toLowerCase() === authservId.toLowerCase())
    : results[0];
  if (trusted) {
    const [by, ...clauses] = trusted.value.replace(/\([^()]*\)/g, " ").split(";");
    checks.by = by?.trim().split(/\s/)[0]?.slice(0, 200);
    for (const clause of clauses) {
      const [method, value] = clause.trim().split(/\s+/)[0]?.split("=") ?? [];
      const name = method?.toLowerCase();
      if ((name === "spf" || name === "dkim" || name === "dmarc") && checks[name] === undefined) {
        const read = result(value);
        if (read) checks[name] = read;
      }
    }
  }
  if (checks.spf === undefined && !authservId) {
    const received = headers.find((h) => h.key === "received-spf");
    const read = result(received?.value.trim().split(/[\s(;]/)[0]);
    if (read) checks.spf = read;
  }
  return checks;
}
