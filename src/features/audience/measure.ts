import { randomBytes } from "node:crypto";
import { addMonthsClamped } from "../../calendar/index.ts";

/**
 * Pure rules of the consent-exempt measurement (CNIL, "cookies de mesure d'audience exemptés"):
 * - the cookie holds a random number and the day it was set, and lives at most 13 months from
 *   that day: it is set once and never extended;
 * - a page is counted by its path only (no query string, which can carry personal data);
 * - the referrer is reduced to another site's host; this site's own pages are not referrers.
 */
export const AUDIENCE_COOKIE = "cf_mesure";
export const AUDIENCE_COOKIE_MONTHS = 13;

export interface AudienceCookie {
  visitor: string;
  issuedAt: Date;
}

export function newAudienceCookie(now: Date): AudienceCookie {
  return { visitor: randomBytes(12).toString("base64url"), issuedAt: now };
}

export function formatAudienceCookie(cookie: AudienceCookie): string {
  return `${cookie.visitor}.${Math.floor(cookie.issuedAt.getTime() / 1000)}`;
}

export function readAudienceCookie(raw: string | undefined): AudienceCookie | undefined {
  const match = raw ? /^([\w-]{16})\.(\d{1,12})$/.exec(raw) : null;
  if (!match) return undefined;
  return { visitor: match[1]!, issuedAt: new Date(Number(match[2]) * 1000) };
}

/** When the cookie ends: 13 months after it was first set, whatever happens meanwhile. */
export function audienceCookieExpiry(issuedAt: Date): Date {
  const day = {
    year: issuedAt.getUTCFullYear(),
    month: issuedAt.getUTCMonth() + 1,
    day: issuedAt.getUTCDate(),
  };
  const end = addMonthsClamped(day, AUDIENCE_COOKIE_MONTHS);
  return new Date(Date.UTC(end.year, end.month - 1, end.day));
}

/** A path worth counting: this site's own, without query or fragment, of a sane length. */
export function countedPath(raw: unknown): string | undefined {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//")) return undefined;
  const path = raw.split(/[?#]/)[0]!;
  if (path.length > 300 || /[\s<>"]/.test(path)) return undefined;
  return path;
}

/** Another site's host, or undefined (none, this site, or not a web address). */
export function referrerHost(raw: unknown, ownHost: string): string | undefined {
  if (typeof raw !== "string" || raw === "") return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    return url.hostname === ownHost ? undefined : url.hostname.slice(0, 200);
  } catch {
    return undefined;
  }
}

const ROBOTS = /bot|crawl|spider|slurp|preview|fetch|monitor|curl|wget|python|java\//i;

/** Robots are not an audience. */
export function isRobot(userAgent: string | undefined): boolean {
  return !userAgent || ROBOTS.test(userAgent);
}
