import type { AppContext } from "../../platform/context.ts";
import { answersTo, earlierVersions } from "./listing.ts";
import type { ReviewSettings } from "./model.ts";
import type { Review } from "./moderation.ts";
import { anonymousNow } from "./names.ts";
import type { ShownReview } from "./views/parts.tsx";

/** Reviews as the public sees them: signed or not (the anonymity period), with answers and versions (two queries). */
export async function shownReviews(
  ctx: AppContext,
  rows: Review[],
  settings: ReviewSettings,
): Promise<ShownReview[]> {
  const ids = rows.map((review) => review.id);
  const [answers, versions] = await Promise.all([answersTo(ctx, ids), earlierVersions(ctx, ids)]);
  const now = ctx.clock.now();
  return rows.map((review) => ({
    review,
    author:
      review.authorName.length === 0 || anonymousNow(review.firstPublishedAt, now, settings.anonymityMonths)
        ? null
        : review.authorName,
    answer: answers.get(review.id),
    versions: versions.get(review.id) ?? [],
  }));
}
