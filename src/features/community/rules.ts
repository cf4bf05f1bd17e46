import type { FieldErrors } from "../../platform/views/components.tsx";
import { BODY_MAX, TITLE_MAX, TITLE_MIN } from "./model.ts";

/**
 * What a post's words must be, checked before anything is read or written (no I/O): a problem
 * is a message key for the field at fault, none an empty object.
 */

/** Done, or refused with what is wrong in each field. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** A post's body: not empty once trimmed, not longer than BODY_MAX characters. */
export function bodyProblem(body: string): FieldErrors {
  const length = body.trim().length;
  if (length === 0) return { body: "community.body.missing" };
  if (body.length > BODY_MAX) return { body: "community.body.tooLong" };
  return {};
}

/** A topic's title: between TITLE_MIN and TITLE_MAX characters (as a reader counts them). */
export function titleProblem(title: string): FieldErrors {
  const length = [...title].length;
  if (length === 0) return { title: "community.title.missing" };
  if (length < TITLE_MIN) return { title: "community.title.tooShort" };
  if (length > TITLE_MAX) return { title: "community.title.tooLong" };
  return {};
}
