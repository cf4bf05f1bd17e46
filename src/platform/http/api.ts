import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { authorizedActor, memberAbility } from "../auth/access.ts";
import type { AppContext } from "../context.ts";

/** RFC 9457 problem details, shared by every API route (added once, at the root, in server.ts). */
export const Problem = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    instance: Type.String(),
    requestId: Type.String(),
  },
  { $id: "Problem", description: "RFC 9457 problem details" },
);

const Me = Type.Object({
  id: Type.Integer(),
  displayName: Type.String(),
  email: Type.String(),
  role: Type.String(),
  locale: Type.Union([Type.Literal("fr"), Type.Literal("en")]),
  secondFactor: Type.Boolean({ description: "This session passed a second factor." }),
});

/** Who one is: any signed-in person. */
const readOwnProfile = memberAbility("api.me");

/** The JSON API, version 1. Features add their own endpoints under /api/v1. */
export async function apiRoutes(app: FastifyInstance, _options: { ctx: AppContext }) {
  app.get(
    "/api/v1/me",
    {
      schema: {
        summary: "The signed-in person",
        tags: ["accounts"],
        response: { 200: Me, 401: { $ref: "Problem#" } },
      },
      config: { access: readOwnProfile },
    },
    async (request) => {
      const actor = authorizedActor(request);
      return {
        id: actor.id,
        displayName: actor.displayName,
        email: actor.email,
        role: actor.role,
        locale: request.i18n.locale,
        secondFactor: actor.secondFactorDone,
      };
    },
  );
}
