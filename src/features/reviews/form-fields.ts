import type { FastifyRequest } from "fastify";
import { field } from "../../platform/http/forms.ts";
import type { I18n } from "../../platform/i18n/index.ts";
import { REVIEW_FIELDS, type TypedReview } from "./typed.ts";
import type { Writing } from "./writing.ts";

/** The review form as posted (through the input guard), with the masking confirmation. */
export function writingFrom(request: FastifyRequest): Writing {
  const typed = Object.fromEntries(
    REVIEW_FIELDS.map((name) => [name, field(request, name)]),
  ) as unknown as TypedReview;
  return { typed, confirmMasking: field(request, "confirmMasking") === "1", reader: request.i18n as I18n };
}
