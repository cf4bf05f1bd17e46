import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "./errors.ts";

/** Longer than any address of ours with its query (browsers and proxies stop around 8 KB too). */
export const URL_MAX_LENGTH = 8192;

/** Any control character (C0, DEL, C1). PostgreSQL refuses NUL in text; the others only deceive. */
const CONTROL = /\p{Cc}/u;
/** In a form or JSON body, the line breaks and tabs of multi-line text are the person's own. */
const CONTROL_IN_TEXT = /(?![\t\n\r])\p{Cc}/u;

function carries(value: unknown, pattern: RegExp, depth = 0): boolean {
  if (typeof value === "string") return pattern.test(value);
  // Uploaded files (multipart) are bytes, read by their own parsers.
  if (value === null || typeof value !== "object" || Buffer.isBuffer(value) || depth > 16) return false;
  for (const [key, inner] of Object.entries(value)) {
    if (pattern.test(key) || carries(inner, pattern, depth + 1)) return true;
  }
  return false;
}

/** True when a text people sent (a field, an uploaded file's text) holds a control character other than line breaks and tabs. */
export function textCarriesControlCharacters(text: string): boolean {
  return CONTROL_IN_TEXT.test(text);
}

/** True when the request's query, route parameters or body carry a control character they may not. */
export function carriesControlCharacters(request: FastifyRequest): boolean {
  return (
    carries(request.query, CONTROL) ||
    carries(request.params, CONTROL) ||
    carries(request.body, CONTROL_IN_TEXT)
  );
}

export const controlCharacters = () =>
  new DomainError("control_characters", 400, "error.controlCharacters.body");

/**
 * The one place where request input is checked before any route reads it, so that no route
 * can forget: a control character in the query, the route parameters or the body (forms,
 * JSON, multipart fields) is refused with a 400 and a translated page or problem+json,
 * rather than reaching PostgreSQL (which refuses NUL with an error that was a 500). Checked
 * at preValidation, before any schema, and again at preHandler: multipart bodies are only
 * parsed in the multipart plugin's own preValidation, after the root's.
 */
export function installInputGuard(app: FastifyInstance): void {
  app.addHook("onRequest", async (request) => {
    if (request.url.length > URL_MAX_LENGTH) throw new DomainError("uri_too_long", 414, "error.414.body");
  });
  const refuse = async (request: FastifyRequest) => {
    if (carriesControlCharacters(request)) throw controlCharacters();
  };
  app.addHook("preValidation", refuse);
  app.addHook("preHandler", refuse);
}
