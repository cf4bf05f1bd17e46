import {
  addMonthsClamped,
  type CalendarDay,
  compareDays,
  dayFromIso,
  isoDay,
  parisDay,
} from "../../calendar/index.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import {
  ASPECTS,
  type Aspect,
  BODY_MAX,
  EXPERIENCE_MONTHS,
  NEGATIVE_AT_MOST,
  PRODUCTS,
  type Product,
  TITLE_MAX,
} from "./model.ts";

/**
 * A review form as typed, read and checked without I/O: every problem comes back at once, as a
 * message key per field, so the form is shown again with everything the person wrote. The same
 * check serves the spontaneous form, the invitation's and the author's corrections.
 */
export interface TypedReview {
  rating: string;
  advice: string;
  digital: string;
  fees: string;
  availability: string;
  title: string;
  body: string;
  product: string;
  experienceDate: string;
  /** "1": a negative review's author gives the bank time to contact them before publication. */
  hold: string;
}

export const REVIEW_FIELDS = [
  "rating",
  ...ASPECTS,
  "title",
  "body",
  "product",
  "experienceDate",
  "hold",
] as const satisfies readonly (keyof TypedReview)[];

export const emptyReview = (): TypedReview => ({
  rating: "",
  advice: "",
  digital: "",
  fees: "",
  availability: "",
  title: "",
  body: "",
  product: "",
  experienceDate: "",
  hold: "",
});

export interface ReviewInput {
  rating: number;
  aspects: Record<Aspect, number | null>;
  title: string;
  body: string;
  product: Product;
  experienceDate: string;
  hold: boolean;
}

const stars = (raw: string): number | undefined =>
  /^\s*[1-5]\s*$/.test(raw) ? Number(raw.trim()) : undefined;

/** The earliest and latest experience dates a review may carry, on the Paris calendar. */
export function experienceWindow(now: Date): { earliest: CalendarDay; latest: CalendarDay } {
  const today = parisDay(now);
  return { earliest: addMonthsClamped(today, -EXPERIENCE_MONTHS), latest: today };
}

export function readReview(
  typed: TypedReview,
  now: Date,
  minTextLength: number,
): { ok: true; value: ReviewInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const rating = stars(typed.rating);
  if (rating === undefined) errors.rating = "reviews.rating.invalid";
  const aspects = {} as Record<Aspect, number | null>;
  for (const aspect of ASPECTS) {
    const raw = typed[aspect].trim();
    const value = raw === "" ? null : (stars(raw) ?? undefined);
    if (value === undefined) errors[aspect] = "reviews.aspect.invalid";
    else aspects[aspect] = value;
  }
  const title = typed.title.trim();
  if (title.length === 0) errors.title = "reviews.title.missing";
  else if (title.length > TITLE_MAX) errors.title = "reviews.title.tooLong";
  const body = typed.body.trim();
  if (body.length < minTextLength) errors.body = "reviews.body.tooShort";
  else if (body.length > BODY_MAX) errors.body = "reviews.body.tooLong";
  const product = typed.product;
  if (!isOneOf(PRODUCTS, product)) errors.product = "reviews.product.missing";
  const day = dayFromIso(typed.experienceDate.trim());
  const { earliest, latest } = experienceWindow(now);
  if (!day) errors.experienceDate = "reviews.experience.invalid";
  else if (compareDays(day, latest) > 0) errors.experienceDate = "reviews.experience.future";
  else if (compareDays(day, earliest) < 0) errors.experienceDate = "reviews.experience.tooOld";
  if (Object.keys(errors).length > 0 || rating === undefined || !day || !isOneOf(PRODUCTS, product))
    return { ok: false, errors };
  return {
    ok: true,
    value: {
      rating,
      aspects,
      title,
      body,
      product,
      experienceDate: isoDay(day),
      hold: typed.hold === "1" && rating <= NEGATIVE_AT_MOST,
    },
  };
}
