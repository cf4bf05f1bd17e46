import type { FastifyInstance } from "fastify";
import type { AppContext } from "../../platform/context.ts";
import { CHOICE_COOKIE, readChoice } from "./choice.ts";

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
  app.addHook("onRequest", async (request, reply) => {
    request.cookieChoice =
      readChoice(request.cookies[CHOICE_COOKIE], ctx.clock.now(), ctx.config.cookieChoiceMonths) ?? null;
    if (!request.cookieChoice?.granted.video) return;
    const policy = reply.raw.getHeader("content-security-policy");
    if (typeof policy === "string")
      reply.raw.setHeader(
        "content-security-policy",
        policy.replace("frame-src 'none'", `frame-src ${VIDEO_FRAME_SOURCES.join(" ")}`),
      );
  });
}
