import { hkdfSync } from "node:crypto";
import type { Config } from "../../config.ts";

/**
 * The key under which a withdrawn consent is remembered after the person is gone: the
 * newsletter's suppression list keeps keyed hashes (HMAC) of addresses, and privacy's erasure
 * and export find a person's rows by the same hashes. Derived from the configured secret (once
 * per secret), so a copy of the database alone cannot tell whether an address is on the list.
 */
export type SuppressionKey = Buffer & { readonly __suppressionKey: true };
const keys = new Map<string, SuppressionKey>();

export function suppressionKey(config: Pick<Config, "newsletter">): SuppressionKey {
  const secret = config.newsletter.suppressionSecret;
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(
      hkdfSync("sha256", secret, "confiance", "newsletter suppression v1", 32),
    ) as SuppressionKey;
    keys.set(secret, key);
  }
  return key;
}
