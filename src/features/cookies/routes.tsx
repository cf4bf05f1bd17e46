import type { FastifyInstance, FastifyRequest } from "fastify";
import { guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import type { AppContext } from "../../platform/context.ts";
import { field, fields, queryParam, safeNextPath } from "../../platform/http/forms.ts";
import { isHtmx, sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { fromThisSite } from "../../platform/http/same-site.ts";
import { AUDIENCE_COOKIE } from "../audience/model.ts";
import { cookieChoiceExpiry, evidenceOf, recordConsent, storeWording } from "../consent/index.ts";
import {
  CHOICE_COOKIE,
  CONSENTED_PURPOSES,
  type CookieChoice,
  choiceFromForm,
  choiceMaxAgeSeconds,
  formatChoice,
} from "./choice.ts";
import { CookiesPage } from "./views.tsx";

export const COOKIES_PAGE = "/cookies";

/**
 * The cookie choice: the banner's three buttons and the page with one switch per purpose (the
 * banner's "Personnaliser", the footer's "Gérer mes cookies", and the whole thing without
 * script). Every choice goes to the consent ledger under the browser's random consent number.
 */
export async function cookieRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // A visitor chooses cookies before any account exists.
  guardRoutes(app, publicAccess);
  const months = ctx.config.cookieChoiceMonths;

  app.get(COOKIES_PAGE, async (request, reply) => {
    const choice = request.cookieChoice;
    return sendHtml(
      reply,
      <CookiesPage
        v={viewContext(ctx, request, reply)}
        choice={choice}
        renewal={choice ? cookieChoiceExpiry(choice.chosenAt, months) : undefined}
        next={safeNextPath(queryParam(request, "retour"), ctx.config.baseUrl)}
        months={months}
      />,
    );
  });

  // No CSRF token (the banner is on kept public pages), but only this site may ask for a choice:
  // another site must not be able to say "accept all" in a visitor's name.
  app.post(COOKIES_PAGE, { config: { withoutCsrf: true } }, async (request, reply) => {
    const next = safeNextPath(field(request, "next"), ctx.config.baseUrl);
    if (!fromThisSite(request, ctx.config.baseUrl)) return sendRedirect(reply, COOKIES_PAGE);
    const now = ctx.clock.now();
    const choice = choiceFromForm(
      {
        choice: field(request, "choice"),
        purposes: fields(request, "purpose"),
        objectsToAudience: field(request, "object_audience") === "1",
      },
      request.cookieChoice ?? undefined,
      now,
    );
    if (!choice) return sendRedirect(reply, `${COOKIES_PAGE}?retour=${encodeURIComponent(next)}`);
    const fromBanner = field(request, "from") === "banner";
    const channel = fromBanner ? "cookie_banner" : "cookie_page";
    await recordChoice(ctx, request, choice, channel, fromBanner ? next : COOKIES_PAGE);
    reply.setCookie(CHOICE_COOKIE, formatChoice(choice), {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      secure: ctx.config.secureCookies,
      maxAge: choiceMaxAgeSeconds(choice, months, now),
    });
    if (!choice.audience && request.cookies[AUDIENCE_COOKIE])
      reply.clearCookie(AUDIENCE_COOKIE, { path: "/" });
    // The banner's script asks in the background, so that nothing typed on the page is lost.
    if (isHtmx(request)) return reply.status(204).send();
    if (channel === "cookie_page") setFlash(ctx, reply, "cookies.saved");
    return sendRedirect(reply, channel === "cookie_page" ? COOKIES_PAGE : next);
  });
}

async function recordChoice(
  ctx: AppContext,
  request: FastifyRequest,
  choice: CookieChoice,
  channel: "cookie_banner" | "cookie_page",
  page: string,
): Promise<void> {
  const locale = request.i18n.locale;
  const evidence = evidenceOf(request, page);
  await ctx.db.transaction(async (tx) => {
    const decisions = [
      ...CONSENTED_PURPOSES.map((p) => ({ purpose: `cookie_${p}` as const, granted: choice.granted[p] })),
      { purpose: "audience_measurement" as const, granted: choice.audience },
    ];
    for (const { purpose, granted } of decisions) {
      const decision = granted ? "granted" : "withdrawn";
      await recordConsent(tx, {
        browserId: choice.id,
        purpose,
        decision,
        channel,
        wordingHash: await storeWording(tx, purpose, decision, locale),
        evidence,
        at: choice.chosenAt,
      });
    }
  });
}
