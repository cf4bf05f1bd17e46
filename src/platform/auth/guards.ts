import type { FastifyReply } from "fastify";

/** Thrown to send the person somewhere else (sign in first, enrol a second factor first). */
export class RedirectRequired extends Error {
  constructor(readonly location: string) {
    super(location);
  }
}

export function sendRedirect(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
