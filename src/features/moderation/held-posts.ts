import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Submission } from "../community/model.ts";
import { HOLD_GROUND, recordDecision } from "./decisions.ts";
import { type HoldReason, heldPosts } from "./schema.ts";
import { rememberText } from "./screening.ts";

/** Where a member finds their held submissions and the decisions about them. */
export const HELD_LIST = "/compte/moderation";

export type HeldPost = typeof heldPosts.$inferSelect;

/**
 * Keeps a screened submission aside for a moderator, with the automatic decision that held it
 * (counted on the transparency page and shown to the author in their account).
 */
export async function holdSubmission(
  ctx: AppContext,
  author: Actor,
  submission: Submission,
  screening: { reasons: HoldReason[]; signals: Record<string, unknown>; fingerprint?: string | undefined },
): Promise<number> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    await rememberText(tx, author.id, screening.fingerprint);
    const [held] = await tx
      .insert(heldPosts)
      .values({
        authorId: author.id,
        createdAt: now,
        kind: submission.kind,
        body: submission.body,
        reasons: screening.reasons,
        signals: screening.signals,
        ...(submission.kind === "topic"
          ? {
              categorySlug: submission.categorySlug,
              topicKind: submission.topicKind,
              title: submission.title,
            }
          : { topicId: submission.topicId, replyToPostId: submission.replyToPostId }),
      })
      .returning({ id: heldPosts.id });
    const first = screening.reasons[0]!;
    await recordDecision(tx, {
      accountId: author.id,
      action: "held",
      ground: HOLD_GROUND[first],
      explanation: screening.reasons.join(","),
      decidedBy: null,
      heldPostId: held!.id,
      excerpt: submission.kind === "topic" ? `${submission.title} — ${submission.body}` : submission.body,
      at: now,
    });
    return held!.id;
  });
}

/** A member's submissions still waiting or decided, newest first (shown in their account). */
export function heldPostsOf(ctx: AppContext, accountId: number): Promise<HeldPost[]> {
  return ctx.db
    .select()
    .from(heldPosts)
    .where(eq(heldPosts.authorId, accountId))
    .orderBy(desc(heldPosts.createdAt))
    .limit(50);
}
