import type { FastifyReply } from "fastify";
import type { Feed } from "feed";

/** Sends a feed as RSS 2.0 or Atom 1.0, cacheable for five minutes. */
export function sendFeed(reply: FastifyReply, feed: Feed, format: "rss" | "atom"): FastifyReply {
  return reply
    .header("cache-control", "public, max-age=300")
    .type(format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8")
    .send(format === "rss" ? feed.rss2() : feed.atom1());
}
