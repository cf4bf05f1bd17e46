import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import { COOKIE_BANNER } from "./banner.tsx";
import { CHOICE_COOKIE, type CookieChoice, readChoice } from "./choice.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The visitor's cookie choice while it holds, or null: the banner asks. */
    cookieChoice: CookieChoice | null;
  }
}

/** Where the videos a visitor allowed come from; before that, the page may frame no one. */
export const VIDEO_FRAME_SOURCES = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

/**
 * Reads the visitor's cookie choice on every request (absent, malformed or older than the
 * configured months: none, and the banner asks). The Content-Security-Policy follows it: frames
 * from the video platforms are allowed only to a browser that said yes, so nothing third-party
 * can load before consent, even by mistake in a page.
 */
export function installCookieChoice(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("cookieChoice", null);
  app.decorateRequest("pageCookies", null);
  app.layoutParts.push(COOKIE_BANNER);
  app.addHook("onRequest", async (request, reply) => {
    const choice =
      readChoice(request.cookies[CHOICE_COOKIE], ctx.clock.now(), ctx.config.cookieChoiceMonths) ?? null;
    request.cookieChoice = choice;
    request.pageCookies = {
      ask: choice === null,
      videos: choice?.granted.video ?? false,
      // The exempt measurement runs unless the visitor objected (Global Privacy Control objects until they choose).
      audience: choice?.audience ?? request.headers["sec-gpc"] !== "1",
    };
    if (!request.cookieChoice?.granted.video) return;
    const policy = reply.raw.getHeader("content-security-policy");
    if (typeof policy === "string")
      reply.raw.setHeader(
        "content-security-policy",
        policy.replace("frame-src 'none'", `frame-src ${VIDEO_FRAME_SOURCES.join(" ")}`),
      );
  });
}
