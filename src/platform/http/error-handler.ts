import type { Socket } from "node:net";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isDatabaseUnavailable } from "../../db/connect.ts";
import { RedirectRequired } from "../auth/guards.ts";
import type { AppContext } from "../context.ts";
import { i18nFor, type MessageKey } from "../i18n/index.ts";
import { ErrorPage, errorTitleKey } from "../views/error-page.tsx";
import { DomainError } from "./errors.ts";
import { isApiRequest, sendProblem } from "./problem.ts";
import { sendHtml, viewContext } from "./render.ts";

const BODY_KEYS: Record<number, MessageKey> = {
  400: "error.400.body",
  401: "error.401.body",
  403: "error.403.body",
  404: "error.404.body",
  413: "error.413.body",
  414: "error.414.body",
  415: "error.415.body",
  429: "error.429.body",
};

function classify(error: FastifyError | DomainError): {
  status: number;
  code: string;
  messageKey: MessageKey;
} {
  if (error instanceof DomainError)
    return { status: error.status, code: error.code, messageKey: error.messageKey };
  // The database is restarting or gone: "come back shortly", not "we broke something".
  if (isDatabaseUnavailable(error))
    return { status: 503, code: "database_unavailable", messageKey: "error.503.body" };
  const status = error.validation ? 400 : (error.statusCode ?? 500);
  if (status >= 500) return { status: 500, code: "internal_error", messageKey: "error.500.body" };
  if (error.code === "FST_CSRF_INVALID_TOKEN" || error.code === "FST_CSRF_MISSING_SECRET") {
    return { status: 403, code: "csrf_invalid", messageKey: "error.csrf.body" };
  }
  return {
    status,
    code: error.validation ? "validation_failed" : (error.code ?? "bad_request").toLowerCase(),
    messageKey: BODY_KEYS[status] ?? "error.400.body",
  };
}

export function respondWithError(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  messageKey: MessageKey,
  errors?: unknown,
): FastifyReply {
  // The request may fail before the locale was negotiated (e.g. a body that cannot be parsed).
  request.i18n ??= i18nFor(ctx.config.defaultLocale);
  if (status === 429) reply.header("retry-after", reply.getHeader("retry-after") ?? "60");
  if (status === 503) reply.header("retry-after", "30");
  if (isApiRequest(request)) {
    const { t } = request.i18n;
    return sendProblem(request, reply, {
      status,
      code,
      title: t(errorTitleKey(status)),
      detail: t(messageKey),
      errors,
    });
  }
  return sendHtml(
    reply,
    ErrorPage({ v: viewContext(ctx, request, reply), status, messageKey, requestId: String(request.id) }),
    status,
  );
}

/** Never a stack trace to a person: a translated page or a problem+json, with a request id for support. */
export function installErrorHandlers(app: FastifyInstance, ctx: AppContext): void {
  app.setErrorHandler((error: FastifyError | DomainError | RedirectRequired, request, reply) => {
    if (error instanceof RedirectRequired) return reply.redirect(error.location, 303);
    const { status, code, messageKey } = classify(error);
    // One line per request while the database is away, without the stack of a known condition.
    if (status === 503) request.log.warn({ code }, "database unavailable");
    else if (status >= 500) request.log.error({ err: error }, "request failed");
    else request.log.info({ code, status }, "request refused");
    const validation = "validation" in error ? error.validation : undefined;
    return respondWithError(ctx, request, reply, status, code, messageKey, validation);
  });
  app.setNotFoundHandler((request, reply) =>
    respondWithError(ctx, request, reply, 404, "not_found", "error.404.body"),
  );
}

/**
 * Fastify's `frameworkErrors`: an address the router cannot read (bad percent-encoding, a
 * parameter longer than the router allows) gets the translated page, not Fastify's JSON.
 * These requests never ran the onRequest hooks: no cookies, no session, the default language.
 */
export function frameworkErrorHandler(ctx: AppContext) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const status =
      error.code === "FST_ERR_MAX_PARAM_LENGTH" ? 414 : error.code === "FST_ERR_BAD_URL" ? 400 : 500;
    request.log.info({ code: error.code, status }, "request refused");
    const messageKey = status === 500 ? "error.500.body" : (BODY_KEYS[status] ?? "error.400.body");
    return respondWithError(ctx, request, reply, status, error.code.toLowerCase(), messageKey);
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Fastify's `clientErrorHandler`: Node refuses some requests before there is a request at all
 * (headers or address over 16 KB, a request line it cannot parse). They get a short page in the
 * default language instead of Fastify's JSON: there is no request to render the full layout for.
 */
export function clientErrorHandler(ctx: AppContext) {
  const { t, locale } = i18nFor(ctx.config.defaultLocale);
  return (error: Error & { code?: string }, socket: Socket) => {
    if (error.code === "ECONNRESET" || socket.destroyed) return;
    const status =
      error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const title = t(status === 431 ? "error.431.title" : "error.400.title");
    const body = t(status === 431 ? "error.431.body" : "error.400.body");
    const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="/">${escapeHtml(t("error.backHome"))}</a></p></main></body></html>`;
    if (socket.writable) {
      const reason =
        status === 431
          ? "Request Header Fields Too Large"
          : status === 408
            ? "Request Timeout"
            : "Bad Request";
      socket.write(
        `HTTP/1.1 ${status} ${reason}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(html)}\r\nConnection: close\r\n\r\n${html}`,
      );
    }
    socket.destroy(error);
  };
}
