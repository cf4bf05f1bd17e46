import type { FastifyRequest } from "fastify";
import { truncateIp } from "../../platform/auth/tokens.ts";
import type { Evidence } from "./consents.ts";

/** The minimised evidence a consent decision keeps: the page, the network prefix, the browser's name. */
export function evidenceOf(request: FastifyRequest, page: string): Evidence {
  return {
    page,
    ipPrefix: truncateIp(request.ip),
    userAgent: request.headers["user-agent"] ?? null,
  };
}
