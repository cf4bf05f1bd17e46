import { Type } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { declared } from "../../platform/auth/access.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { classifiedAnswer } from "../../text/classifier/answer.ts";
import { PERSONAL_DATA_KINDS } from "../../text/personal-data.ts";
import { publishable } from "../../text/personal-data-masking.ts";
import { checkText, classifyText } from "./policy.ts";

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

const Classified = Type.Object({
  language: Type.Union([Type.Literal("fr"), Type.Literal("en")]),
  complaint: Type.Boolean({
    description: "An expression of dissatisfaction with the bank (ACPR 2022-R-01).",
  }),
  complaintScore: Type.Number({ minimum: 0, maximum: 1 }),
  paymentService: Type.Boolean({ description: "It concerns a payment service (PSD2)." }),
  sentiment: Type.Union([Type.Literal("positive"), Type.Literal("negative"), Type.Literal("neutral")]),
  sentimentScore: Type.Number({ minimum: -1, maximum: 1 }),
});

/** Checking a text before it is published (what would be masked, and why), and classifying a message. */
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

  app.post<{ Body: { text: string } }>(
    "/api/v1/text/classify",
    {
      schema: {
        summary: "Classify a message: complaint, payment service, language, sentiment (see docs/inbox.md)",
        tags: ["moderation"],
        body: TextCheck,
        response: { 200: Classified, 401: { $ref: "Problem#" } },
      },
      ...declared(classifyText, { config: { rateLimit: { max: 120, timeWindow: "1 minute" } } }),
    },
    async (request) => classifiedAnswer(request.body.text),
  );
}
