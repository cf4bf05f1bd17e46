import type { FastifyReply, FastifyRequest } from "fastify";
import { DomainError } from "../http/errors.ts";
import { isApiRequest } from "../http/problem.ts";
import type { Actor } from "./actor.ts";

/** Thrown to send the person somewhere else (sign in first, enrol a second factor first). */
export class RedirectRequired extends Error {
  constructor(readonly location: string) {
    super(location);
  }
}

/** The signed-in person, or a redirect to sign-in (pages) / 401 (API). */
export function requireActor(request: FastifyRequest): Actor {
  if (request.actor) return request.actor;
  if (isApiRequest(request) || request.method !== "GET") {
    throw new DomainError("sign_in_required", 401, "error.401.body");
  }
  throw new RedirectRequired(`/connexion?suite=${encodeURIComponent(request.url)}`);
}

export function sendRedirect(reply: FastifyReply, location: string): FastifyReply {
  return reply.redirect(location, 303);
}
