import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { declared } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { PERSONAL_DATA_KINDS } from "../../text/personal-data.ts";
import { publishable } from "../../text/personal-data-masking.ts";
import { checkText } from "./policy.ts";

export const TEXT_CHECK_MAX = 20_000;

const TextCheck = Type.Object({ text: Type.String({ maxLength: TEXT_CHECK_MAX }) });
const Checked = Type.Object({
  masked: Type.String({ description: "The text as it would be published." }),
  findings: Type.Array(
    Type.Object({
      kind: Type.Union(PERSONAL_DATA_KINDS.map((kind) => Type.Literal(kind))),
      start: Type.Integer({ description: "UTF-16 offset in the text sent, inclusive." }),
      end: Type.Integer({ description: "UTF-16 offset, exclusive." }),
      label: Type.String({ description: "What it is, in the caller's language." }),
    }),
  ),
});

/** Checking a text before it is published: what would be masked, and why. */
export async function moderationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  app.post<{ Body: { text: string } }>(
    "/api/v1/text/check",
    {
      schema: {
        summary: "What would be masked in a text before publication (personal data)",
        tags: ["moderation"],
        body: TextCheck,
        response: { 200: Checked, 401: { $ref: "Problem#" } },
      },
      // Typing in a composer asks often, but a script hammering it is refused.
      ...declared(checkText, { config: { rateLimit: { max: 120, timeWindow: "1 minute" } } }),
    },
    async (request) => {
      const { text, findings } = publishable(request.body.text, {
        publish: i18nFor(ctx.config.defaultLocale),
        reader: request.i18n,
      });
      return { masked: text, findings };
    },
  );
}
