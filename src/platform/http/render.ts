import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { AppContext } from "../context.ts";
import type { MessageKey } from "../i18n/index.ts";
import type { ViewContext } from "../views/context.ts";

const FLASH_COOKIE = "flash";

/** Builds what every view needs: the person, their language, a CSRF token for forms, a pending flash. */
export function viewContext(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): ViewContext {
  let flash: string | undefined;
  const raw = request.cookies[FLASH_COOKIE];
  if (raw) {
    const unsigned = request.unsignCookie(raw);
    if (unsigned.valid && unsigned.value) {
      flash = request.i18n.t(unsigned.value as MessageKey);
    }
    reply.clearCookie(FLASH_COOKIE, { path: "/" });
  }
  return {
    i18n: request.i18n,
    actor: request.actor,
    csrfToken: reply.generateCsrf(),
    bankName: ctx.config.bankName,
    logoUrl: ctx.config.bankLogoUrl,
    currentUrl: request.url,
    baseUrl: ctx.config.baseUrl,
    flash,
  };
}

/** Leaves a confirmation for the next page (after a redirect). */
export function setFlash(ctx: AppContext, reply: FastifyReply, key: MessageKey): void {
  reply.setCookie(FLASH_COOKIE, key, {
    path: "/",
    signed: true,
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.config.secureCookies,
    maxAge: 60,
  });
}

export function sendHtml(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(`<!doctype html>${renderToString(page)}`);
}
