import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { AppContext } from "../context.ts";
import type { MessageKey } from "../i18n/index.ts";
import type { ViewContext } from "../views/context.ts";

export const FLASH_COOKIE = "flash";

const rendered = new WeakMap<FastifyReply, string>();
/** Replies whose page holds something for this visitor only (a CSRF token bound to their cookie). */
const personal = new WeakSet<FastifyReply>();

/**
 * The HTML `sendHtml` sent for this reply, if it is the same for every visitor, so that public
 * pages can be kept (public-pages.ts).
 */
export function sharedHtmlOf(reply: FastifyReply): string | undefined {
  return personal.has(reply) ? undefined : rendered.get(reply);
}

/** Builds what every view needs: the person, their language, a CSRF token for forms, a pending flash. */
export function viewContext(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): ViewContext {
  let flash: string | undefined;
  let csrfToken: string | undefined;
  // No cookies on a request refused before its hooks ran (an address the router cannot read).
  const raw = request.cookies?.[FLASH_COOKIE];
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
    // Only pages with a form ask for a token: visitors reading the community get no CSRF cookie.
    get csrfToken() {
      personal.add(reply);
      csrfToken ??= reply.generateCsrf();
      return csrfToken;
    },
    bankName: ctx.config.bankName,
    logoUrl: ctx.config.bankLogoUrl,
    currentUrl: request.url,
    unreadNotifications: request.unreadNotifications,
    baseUrl: ctx.config.baseUrl,
    flash,
    cookies: {
      ask: request.cookieChoice === null,
      videos: request.cookieChoice?.granted.video ?? false,
      audience: request.cookieChoice?.audience ?? request.headers["sec-gpc"] !== "1",
    },
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

/** True when htmx made the request: it wants a fragment of the page, not the whole page. */
export function isHtmx(request: FastifyRequest): boolean {
  return request.headers["hx-request"] === "true";
}

/** A piece of a page for htmx to swap in (no doctype, never cached). */
export function sendFragment(reply: FastifyReply, fragment: VNode, status = 200): FastifyReply {
  return reply
    .status(status)
    .header("cache-control", "no-store")
    .header("vary", "HX-Request")
    .type("text/html; charset=utf-8")
    .send(renderToString(fragment));
}

export function sendHtml(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  const html = `<!doctype html>${renderToString(page)}`;
  rendered.set(reply, html);
  return reply.status(status).header("cache-control", "no-store").type("text/html; charset=utf-8").send(html);
}
