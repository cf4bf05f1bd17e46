import type { FastifyReply, FastifyRequest } from "fastify";

/** RFC 9457 problem details for the JSON API. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  problem: { status: number; code: string; title: string; detail?: string; errors?: unknown },
): FastifyReply {
  return reply
    .status(problem.status)
    .type("application/problem+json")
    .send({
      type: `about:blank#${problem.code}`,
      title: problem.title,
      status: problem.status,
      ...(problem.detail ? { detail: problem.detail } : {}),
      ...(problem.errors ? { errors: problem.errors } : {}),
      instance: request.url,
      requestId: request.id,
    });
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith("/api/");
}
