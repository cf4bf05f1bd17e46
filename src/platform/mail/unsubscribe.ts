import type { SecretBox } from "../auth/secret-box.ts";

/**
 * One-click unsubscribe tokens: what to stop, for whom, sealed so that nobody can forge one
 * for someone else, and readable without signing in (RFC 8058 asks that one POST suffices).
 * They do not expire: an old e-mail's link must still work.
 */
export interface UnsubscribeScope {
  accountId: number;
  /** What stops, e.g. "community.reply" or "newsletter". */
  purpose: string;
}

export function unsubscribeToken(secrets: SecretBox, scope: UnsubscribeScope): string {
  return secrets.seal(JSON.stringify({ u: scope.accountId, p: scope.purpose }));
}

export function readUnsubscribeToken(secrets: SecretBox, token: string): UnsubscribeScope | undefined {
  try {
    const parsed = JSON.parse(secrets.open(token)) as { u?: unknown; p?: unknown };
    if (typeof parsed.u !== "number" || typeof parsed.p !== "string") return undefined;
    return { accountId: parsed.u, purpose: parsed.p };
  } catch {
    return undefined;
  }
}
