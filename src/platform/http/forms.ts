import type { FastifyRequest } from "fastify";
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

/** Only same-site paths may be used as a "come back here" target: no open redirects. */
export function safeNextPath(raw: string, fallback = "/"): string {
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw;
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
