import type { FastifyRequest } from "fastify";
import type { AppContext } from "../context.ts";

/** The window of the posting limits (per address here, per account in the community's sandbox). */
export const POSTING_WINDOW_MINUTES = 10;

/**
 * The per-address limit on publishing routes (topics, replies, comments, edits), tighter than
 * the global one: households and offices share an address, so it allows a few accounts' worth.
 * The per-account limit is checked with the post itself, so a refused post keeps its text.
 */
export function postingLimits(ctx: AppContext) {
  return {
    config: {
      rateLimit: {
        max: ctx.limits.posting * 3,
        timeWindow: `${POSTING_WINDOW_MINUTES} minutes`,
        keyGenerator: (request: FastifyRequest) => `posting:${request.ip}`,
      },
    },
  };
}
