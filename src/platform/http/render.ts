import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { AppContext } from "../context.ts";
import { isMessageKey, type MessageKey } from "../i18n/index.ts";
import type { PageCookies, ViewContext } from "../views/context.ts";
import { CSRF_SLOT, renderedHtml } from "../views/fragments.ts";
import { FLASH_COOKIE, markPersonal, markRendered } from "./shared-html.ts";

/** A request refused before the cookies feature read its choice: no banner, no video, no measurement. */
const NOTHING_ALLOWED: PageCookies = { ask: false, videos: false, audience: false };

/** Builds what every view needs: the person, their language, a CSRF token for forms, a pending flash. */
export function viewContext(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): ViewContext {
  let flash: string | undefined;
  let csrfToken: string | undefined;
  // No cookies on a request refused before its hooks ran (an address the router cannot read).
  const raw = request.cookies?.[FLASH_COOKIE];
  if (raw) {
    const unsigned = request.unsignCookie(raw);
    // Signed, so written by setFlash; a key renamed since it was set is dropped rather than shown raw.
    if (unsigned.valid && unsigned.value && isMessageKey(unsigned.value)) {
      flash = request.i18n.t(unsigned.value);
    }
    reply.clearCookie(FLASH_COOKIE, { path: "/" });
  }
  let shared: ViewContext | undefined;
  const view: ViewContext = {
    i18n: request.i18n,
    actor: request.actor,
    // Only pages with a form ask for a token: visitors reading the community get no CSRF cookie.
    get csrfToken() {
      markPersonal(reply);
      csrfToken ??= reply.generateCsrf();
      return csrfToken;
    },
    bankName: ctx.config.bankName,
    logoUrl: ctx.config.bankLogoUrl,
    currentUrl: request.url,
    unreadNotifications: request.unreadNotifications,
    baseUrl: ctx.config.baseUrl,
    flash,
    // A secret address is never measured: the audience's page lists would hand out its key.
    cookies: request.routeOptions?.config?.secretAddress
      ? { ...(request.pageCookies ?? NOTHING_ALLOWED), audience: false }
      : (request.pageCookies ?? NOTHING_ALLOWED),
    staff: request.staffWorkspace ?? null,
    layoutParts: request.server.layoutParts,
    layoutFacts: request.layoutFacts ?? {},
    fragment(facts, render) {
      // Field by field: spreading `view` would read its token, and so give a visitor a CSRF cookie.
      shared ??= {
        i18n: view.i18n,
        actor: null,
        csrfToken: CSRF_SLOT,
        bankName: view.bankName,
        logoUrl: view.logoUrl,
        currentUrl: "",
        baseUrl: view.baseUrl,
        unreadNotifications: 0,
        flash: undefined,
        cookies: view.cookies,
        staff: null,
        layoutParts: view.layoutParts,
        layoutFacts: {},
        fragment: view.fragment,
      };
      const kept = shared;
      return renderedHtml(
        ctx.fragments.html(
          [view.i18n.locale, facts],
          () => render(kept),
          () => view.csrfToken,
        ),
      );
    },
  };
  return view;
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

/**
 * A whole page. Sent as bytes, encoded once: a string would be measured for its length, then
 * encoded again to be written, and the page cache keeps these same bytes (outside V8's heap).
 */
export function sendHtml(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  const html = Buffer.from(`<!doctype html>${renderToString(page)}`);
  markRendered(reply, html);
  return reply.status(status).header("cache-control", "no-store").type("text/html; charset=utf-8").send(html);
}
