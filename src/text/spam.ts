import { createHash } from "node:crypto";
import { parse } from "tldts";
import { skeleton } from "./skeleton.ts";

/**
 * The spam score of a submission: each signal adds points, and a post at or over the
 * threshold is held for a moderator. Pure: the caller looks up which domains the community
 * has seen before and whether the same text came from another account.
 */
export const SPAM_THRESHOLD = 4;
/** A domain first linked less than this long ago is still "freshly seen". */
export const FRESH_DOMAIN_DAYS = 7;

/** Top-level domains that carry mostly abuse in the public reports of anti-spam projects. */
const SUSPICIOUS_SUFFIXES = new Set([
  "cf",
  "click",
  "country",
  "ga",
  "gq",
  "kim",
  "loan",
  "ml",
  "mov",
  "tk",
  "top",
  "work",
  "xyz",
  "zip",
]);
const SHORTENERS = new Set([
  "bit.ly",
  "cutt.ly",
  "goo.gl",
  "is.gd",
  "ow.ly",
  "rebrand.ly",
  "shorturl.at",
  "t.co",
  "tinyurl.com",
]);

export type SpamSignal =
  | { kind: "links"; count: number }
  | { kind: "linkHeavy" }
  | { kind: "suspiciousDomain"; domain: string }
  | { kind: "shortener"; domain: string }
  | { kind: "freshDomain"; domain: string }
  | { kind: "repeated" };

/**
 * Video platforms whose links the site itself turns into players (after the visitor's consent):
 * sharing a video is conversation, not advertising, so their links do not count.
 */
export const VIDEO_DOMAINS: readonly string[] = ["youtube.com", "youtu.be", "vimeo.com"];

/** A member with at least this many published posts has shown good faith: new domains do not count. */
export const ESTABLISHED_POSTS = 10;

export interface SpamFacts {
  text: string;
  urls: string[];
  /** When each outside domain was first linked in the community (missing: never). */
  firstSeen: ReadonlyMap<string, Date>;
  /** The same text was sent from another account recently. */
  repeatedElsewhere: boolean;
  /** The bank's own domains never count against a post. */
  ownDomains: readonly string[];
  /** How many posts the author already published. */
  publishedPosts: number;
  now: Date;
}

const POINTS: Record<SpamSignal["kind"], number> = {
  links: 1,
  linkHeavy: 2,
  suspiciousDomain: 2,
  shortener: 2,
  freshDomain: 1,
  // The same text from several accounts is the mark of a spam wave: enough on its own.
  repeated: SPAM_THRESHOLD,
};

/** The registrable domain of a link ("www.example.co.uk" → "example.co.uk"), or the IP address. */
export function domainOf(url: string): string | undefined {
  const parsed = parse(url);
  if (parsed.isIp) return parsed.hostname ?? undefined;
  return parsed.domain ?? undefined;
}

export function spamSignals(facts: SpamFacts): SpamSignal[] {
  const signals: SpamSignal[] = [];
  const counts = (domain: string | undefined) =>
    domain === undefined || !(facts.ownDomains.includes(domain) || VIDEO_DOMAINS.includes(domain));
  const urls = facts.urls.filter((url) => counts(domainOf(url)));
  const domains = [...new Set(urls.map(domainOf).filter((d): d is string => d !== undefined))];
  // The first outside link is ordinary; each further one counts.
  if (urls.length > 1) signals.push({ kind: "links", count: urls.length - 1 });
  const linkLength = urls.reduce((sum, url) => sum + url.length, 0);
  if (linkLength > 0 && linkLength / Math.max(facts.text.length, 1) > 0.5)
    signals.push({ kind: "linkHeavy" });
  const freshSince = facts.now.getTime() - FRESH_DOMAIN_DAYS * 86_400_000;
  for (const domain of domains) {
    const parsed = parse(domain);
    if (parsed.isIp || SUSPICIOUS_SUFFIXES.has(parsed.publicSuffix ?? ""))
      signals.push({ kind: "suspiciousDomain", domain });
    if (SHORTENERS.has(domain)) signals.push({ kind: "shortener", domain });
    const seen = facts.firstSeen.get(domain);
    const established = facts.publishedPosts >= ESTABLISHED_POSTS;
    if (!established && (!seen || seen.getTime() > freshSince)) signals.push({ kind: "freshDomain", domain });
  }
  if (facts.repeatedElsewhere) signals.push({ kind: "repeated" });
  return signals;
}

export function spamScore(signals: readonly SpamSignal[]): number {
  return signals.reduce(
    (score, signal) => score + POINTS[signal.kind] * (signal.kind === "links" ? signal.count : 1),
    0,
  );
}

/** Texts shorter than this ("Merci !", "Même question") are repeated innocently. */
const FINGERPRINT_MIN = 40;

/** A hash of the text with case, accents, spacing and digits folded, or none for short texts. */
export function fingerprint(text: string): string | undefined {
  const folded = text
    .split(/\s+/)
    .map(skeleton)
    .filter((word) => word.length > 0)
    .join(" ");
  if (folded.length < FINGERPRINT_MIN) return undefined;
  return createHash("sha256").update(folded).digest("base64url");
}
