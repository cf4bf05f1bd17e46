import type { FastifyInstance } from "fastify";
import { declared, publicAccess } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { queryParam } from "../../platform/http/forms.ts";
import { sendHtml, viewContext } from "../../platform/http/render.ts";
import { fromThisSite } from "../../platform/http/same-site.ts";
import { isSecretAddress } from "../../platform/http/secret-address.ts";
import { audienceFigures, lastParisDays } from "./figures.ts";
import {
  AUDIENCE_COOKIE,
  audienceCookieExpiry,
  countedPath,
  formatAudienceCookie,
  isRobot,
  newAudienceCookie,
  readAudienceCookie,
  referrerHost,
} from "./measure.ts";
import { readAudience } from "./policy.ts";
import { audienceHits } from "./schema.ts";
import { AudiencePage, PERIODS } from "./views.tsx";

/**
 * The audience measurement's two doors: the page-view beacon (`navigator.sendBeacon` from app.js). It counts nothing when the visitor
 * objected (cookie choice or Global Privacy Control), for robots, or from other sites.
 */
export async function audienceRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.post("/mesure", declared(publicAccess, { config: { withoutCsrf: true } }), async (request, reply) => {
    reply.header("cache-control", "no-store");
    const objected = request.cookieChoice?.audience === false || request.headers["sec-gpc"] === "1";
    if (objected) {
      if (request.cookies[AUDIENCE_COOKIE]) reply.clearCookie(AUDIENCE_COOKIE, { path: "/" });
      return reply.status(204).send();
    }
    if (!fromThisSite(request, ctx.config.baseUrl) || isRobot(request.headers["user-agent"]))
      return reply.status(204).send();
    let beacon: { p?: unknown; r?: unknown } = {};
    try {
      beacon = typeof request.body === "string" ? JSON.parse(request.body) : ((request.body ?? {}) as object);
    } catch {
      return reply.status(204).send();
    }
    const path = countedPath(beacon.p);
    if (!path || isSecretAddress(request.server, path)) return reply.status(204).send();
    const now = ctx.clock.now();
    let cookie = readAudienceCookie(request.cookies[AUDIENCE_COOKIE]);
    if (!cookie || audienceCookieExpiry(cookie.issuedAt) <= now) {
      cookie = newAudienceCookie(now);
      // Set once, for 13 months from today; later visits never push the end further.
      reply.setCookie(AUDIENCE_COOKIE, formatAudienceCookie(cookie), {
        path: "/",
        sameSite: "lax",
        httpOnly: true,
        secure: ctx.config.secureCookies,
        expires: audienceCookieExpiry(cookie.issuedAt),
      });
    }
    await ctx.db.insert(audienceHits).values({
      at: now,
      visitor: cookie.visitor,
      path,
      referrerHost: referrerHost(beacon.r, ctx.config.baseUrl.hostname) ?? null,
    });
    return reply.status(204).send();
  });

  // The figures, for the community team (the same people who write the news and the letters).
  app.get("/admin/audience", { config: { access: readAudience } }, async (request, reply) => {
    const asked = Number(queryParam(request, "jours"));
    const days = (PERIODS as readonly number[]).includes(asked) ? asked : 30;
    const { from, to } = lastParisDays(ctx.clock.now(), days);
    const figures = await audienceFigures(ctx.db, from, to);
    return sendHtml(
      reply,
      <AudiencePage v={viewContext(ctx, request, reply)} figures={figures} days={days} />,
    );
  });
}
