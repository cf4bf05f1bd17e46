import type { FastifyRequest } from "fastify";
import { dayFromIso } from "../../calendar/index.ts";
import { notFound } from "./errors.ts";

/** A form field as a string: missing, repeated or non-text values become "" rather than a crash. */
export function field(request: FastifyRequest, name: string): string {
  const body = request.body;
  if (!body || typeof body !== "object") return "";
  const value = (body as Record<string, unknown>)[name];
  return typeof value === "string" ? value : "";
}

/** A repeated form field (checkboxes of the same name) as strings; anything else is left out. */
export function fields(request: FastifyRequest, name: string): string[] {
  const body = request.body;
  if (!body || typeof body !== "object") return [];
  return [(body as Record<string, unknown>)[name]].flat().filter((v): v is string => typeof v === "string");
}

export function queryParam(request: FastifyRequest, name: string): string {
  const value = (request.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
}

/** Longer than any page of ours with its query: a target this long is not one we made. */
const RETURN_TARGET_MAX = 2048;

/**
 * The one check for every "come back here" target a request carries (`suite`, `next`,
 * `retour`): the path of a page of this site, or `fallback`. The target is resolved against
 * the configured base URL the way a browser would and its origin compared, rather than
 * matched by prefix: browsers drop tabs and newlines and read `\` as `/`, so `/\t/evil` and
 * `/\evil` lead elsewhere though they start with one slash. Control characters and
 * backslashes are refused outright, and what comes back is the URL's own serialisation
 * (percent-encoded, ASCII), so it can always go in a Location header.
 */
export function safeNextPath(raw: string, baseUrl: URL, fallback = "/"): string {
  if (raw === "" || raw.length > RETURN_TARGET_MAX || /[\p{Cc}\\]/u.test(raw)) return fallback;
  let target: URL;
  try {
    target = new URL(raw, baseUrl);
  } catch {
    return fallback;
  }
  if (target.origin !== baseUrl.origin || target.username || target.password) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // "/.//evil" resolves to the path "//evil", which a browser would read as another host.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}

/**
 * The one reader of a calendar day typed in a form, a query or an imported file
 * ("2026-03-12"): the UTC midnight that starts it, or undefined when the text is not a day
 * that exists. `new Date("2026-13-45")` is an Invalid Date that throws later ("Invalid time
 * value", a 500), and `Date.UTC` rolls 31 February over into March: the calendar's strict
 * reading refuses both.
 */
export function dayFromInput(raw: string): Date | undefined {
  const day = dayFromIso(raw.trim());
  if (!day) return undefined;
  const at = new Date(0);
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  at.setUTCFullYear(day.year, day.month - 1, day.day);
  return at;
}

export function positiveId(raw: string): number | null {
  if (!/^\d{1,15}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

/** The `:id` of a route as a positive id; anything else is a page that does not exist (404). */
export function idParam(request: FastifyRequest<{ Params: { id: string } }>): number {
  const id = positiveId(request.params.id);
  if (!id) throw notFound();
  return id;
}
