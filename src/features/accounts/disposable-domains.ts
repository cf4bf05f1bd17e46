import { createRequire } from "node:module";
import type { Config } from "../../config.ts";

/**
 * Throwaway e-mail services are refused at sign-up (and when changing address): accounts
 * made with them are the usual vehicle of spam waves. The list is the community-maintained
 * `disposable-email-domains` (exact domains, and services that hand out any subdomain),
 * plus BLOCKED_EMAIL_DOMAINS, minus ALLOWED_EMAIL_DOMAINS.
 */
const require = createRequire(import.meta.url);
let lists: { exact: Set<string>; wildcard: Set<string> } | undefined;

function builtIn() {
  lists ??= {
    exact: new Set(require("disposable-email-domains/index.json") as string[]),
    wildcard: new Set(require("disposable-email-domains/wildcard.json") as string[]),
  };
  return lists;
}

/** The domain and each parent: "a.b.example.fr" → ["a.b.example.fr", "b.example.fr", "example.fr"]. */
function domainAndParents(domain: string): string[] {
  const labels = domain.split(".");
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join("."));
}

export function isDisposable(
  email: string,
  config: Pick<Config, "blockedEmailDomains" | "allowedEmailDomains">,
): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  const candidates = domainAndParents(domain);
  if (candidates.some((d) => config.allowedEmailDomains.includes(d))) return false;
  if (candidates.some((d) => config.blockedEmailDomains.includes(d))) return true;
  const { exact, wildcard } = builtIn();
  return exact.has(domain) || candidates.some((d) => wildcard.has(d));
}
