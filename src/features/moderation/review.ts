import { and, eq, ne } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import { lockSubject, runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, forbidden, notFound } from "../../platform/http/errors.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { accountStatus, authorAsActor, restrictAccount } from "../accounts/index.ts";
import { deletePost, editPost, findPost, reply, startTopic } from "../community/index.ts";
import { type Decision, recordDecision, sendStatement } from "./decisions.ts";
import { moderate } from "./policy.ts";
import { closeReports, EXPLANATION_LIMITS, openReportsOn } from "./reports.ts";
import { GROUNDS, type Ground, heldPosts, reports } from "./schema.ts";

/**
 * What moderators decide from the queue. Every decision that removes or restricts is written
 * as a statement of reasons and sent to its author; everything goes to the audit log.
 */
type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export interface Reasons {
  ground: string;
  explanation: string;
}

export const RESTRICTION_DAYS = { min: 1, max: 365 } as const;

/** The reasons checked: their ground, when it is one of GROUNDS, and the problems found. */
function checkedReasons(input: Reasons): { ground: Ground | undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const ground = isOneOf(GROUNDS, input.ground) ? input.ground : undefined;
  if (!ground) errors.ground = "queue.ground.missing";
  const length = input.explanation.trim().length;
  if (length < EXPLANATION_LIMITS.min) errors.explanation = "queue.explanation.tooShort";
  else if (length > EXPLANATION_LIMITS.max) errors.explanation = "queue.explanation.tooLong";
  return { ground, errors };
}

function requireModerator(actor: Actor): void {
  if (!may(actor, moderate)) throw forbidden();
}

async function audit(
  ctx: AppContext,
  moderator: Actor,
  action: string,
  subject: { type: string; id: number },
  details: Record<string, unknown>,
) {
  await recordAudit(ctx.db, {
    actorId: moderator.id,
    actorRole: moderator.role,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    details,
  });
}

/**
 * Takes a held submission for one decision: of two moderators deciding at once, the first
 * claims it and the second is told it was already decided (nothing happens twice).
 */
async function claimHeld(
  ctx: AppContext,
  moderator: Actor,
  heldId: number,
  status: "approved" | "rejected",
): Promise<typeof heldPosts.$inferSelect> {
  const [held] = await ctx.db
    .update(heldPosts)
    .set({ status, decidedBy: moderator.id, decidedAt: ctx.clock.now() })
    .where(and(eq(heldPosts.id, heldId), eq(heldPosts.status, "held")))
    .returning();
  if (held) return held;
  const [exists] = await ctx.db.select({ id: heldPosts.id }).from(heldPosts).where(eq(heldPosts.id, heldId));
  if (!exists) throw notFound();
  throw new DomainError("already_decided", 409, "queue.alreadyDecided");
}

/** Publishes a held submission under its author's name, through the ordinary path. */
export async function approveHeld(ctx: AppContext, moderator: Actor, heldId: number): Promise<number> {
  requireModerator(moderator);
  return runCommand(ctx, async (ctx) =>
    publishHeld(ctx, moderator, await claimHeld(ctx, moderator, heldId, "approved")),
  );
}

/** Also used when an appeal reverses a rejection: publish, mark approved, audit, as one. */
export async function publishHeld(
  ctx: AppContext,
  moderator: Actor,
  held: typeof heldPosts.$inferSelect,
): Promise<number> {
  return runCommand(ctx, async (ctx) => {
    const author = await authorAsActor(ctx, held.authorId);
    if (!author) throw new DomainError("author_gone", 409, "queue.authorGone");
    const published =
      held.kind === "topic"
        ? await startTopic(
            ctx,
            author,
            {
              categorySlug: held.categorySlug ?? "",
              kind: held.topicKind ?? "",
              title: held.title ?? "",
              body: held.body,
            },
            { approved: true },
          )
        : await reply(
            ctx,
            author,
            held.topicId ?? 0,
            { body: held.body, replyToPostId: held.replyToPostId ?? undefined },
            { approved: true },
          );
    if (published.ok !== true) throw new DomainError("held_unpublishable", 409, "queue.unpublishable");
    const postId = published.value.postId;
    await ctx.db
      .update(heldPosts)
      .set({
        status: "approved",
        decidedBy: moderator.id,
        decidedAt: ctx.clock.now(),
        publishedPostId: postId,
      })
      .where(eq(heldPosts.id, held.id));
    await audit(ctx, moderator, "moderation.held_approved", { type: "held_post", id: held.id }, { postId });
    return postId;
  });
}

/** Refuses a held submission: it is never published, and its author gets the reasons. */
export async function rejectHeld(
  ctx: AppContext,
  moderator: Actor,
  heldId: number,
  input: Reasons,
): Promise<Outcome<Decision>> {
  requireModerator(moderator);
  const { ground, errors } = checkedReasons(input);
  if (Object.keys(errors).length > 0 || !ground) return { ok: false, errors };
  const decision = await runCommand(ctx, async (ctx) => {
    const held = await claimHeld(ctx, moderator, heldId, "rejected");
    const decision = await recordDecision(ctx.db, {
      accountId: held.authorId,
      action: "rejected",
      ground,
      explanation: input.explanation.trim(),
      decidedBy: moderator.id,
      heldPostId: held.id,
      excerpt: held.title ? `${held.title} — ${held.body}` : held.body,
      at: ctx.clock.now(),
    });
    await sendStatement(ctx, decision);
    await audit(
      ctx,
      moderator,
      "moderation.held_rejected",
      { type: "held_post", id: held.id },
      { decision: decision.id, ground },
    );
    return decision;
  });
  return { ok: true, value: decision };
}

export const POST_ACTIONS = ["keep", "edit", "hide", "delete"] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

export interface PostDecisionInput extends Reasons {
  action: string;
  /** For "edit": the corrected text and the public note shown under it. */
  body: string;
  note: string;
}

/**
 * Decides on a reported post: keep it (reports dismissed), or edit it with a public note, hide
 * it (withdrawn, can be put back on appeal), or delete it (withdrawn and its words erased).
 */
export async function decideOnPost(
  ctx: AppContext,
  moderator: Actor,
  postId: number,
  input: PostDecisionInput,
): Promise<Outcome<Decision | null>> {
  requireModerator(moderator);
  const action = input.action;
  if (!isOneOf(POST_ACTIONS, action)) return { ok: false, errors: { action: "queue.action.missing" } };
  return runCommand(ctx, async (ctx): Promise<Outcome<Decision | null>> => {
    // Two moderators deciding on one post at once: the second waits, then sees the first's result.
    await lockSubject(ctx, "community_post", postId);
    const open = await openReportsOn(ctx, postId);
    // Decisions are taken on reports: none open means another moderator has just decided (the
    // second of two is told so, not "not found", even when the first withdrew the whole topic),
    // or that the post was never reported.
    if (open.length === 0) {
      const [decided] = await ctx.db
        .select({ id: reports.id })
        .from(reports)
        .where(and(eq(reports.postId, postId), ne(reports.status, "open")))
        .limit(1);
      if (decided) throw new DomainError("already_decided", 409, "queue.alreadyDecided");
      throw notFound();
    }
    const post = await findPost(ctx, postId);
    if (!post) throw notFound();
    if (action === "keep") {
      await closeReports(ctx, moderator, open, "dismissed");
      await audit(
        ctx,
        moderator,
        "moderation.reports_dismissed",
        { type: "post", id: postId },
        { reports: open.map((r) => r.id) },
      );
      return { ok: true, value: null };
    }
    if (post.deleted) throw new DomainError("already_decided", 409, "queue.alreadyDecided");
    const { ground, errors } = checkedReasons(input);
    const note = input.note.trim();
    if (action === "edit" && note.length < EXPLANATION_LIMITS.min) errors.note = "queue.note.tooShort";
    if (Object.keys(errors).length > 0 || !ground) return { ok: false, errors };
    if (action === "edit") {
      // Personal data taken out of a post must not stay readable in its public history.
      const edited = await editPost(ctx, moderator, postId, input.body, {
        moderationNote: note,
        forgetEarlierVersions: ground === "personal_data",
      });
      if (!edited.ok) return edited;
    } else {
      await deletePost(ctx, moderator, postId, { purge: action === "delete" });
    }
    const decided = action === "edit" ? "edited" : action === "hide" ? "hidden" : "removed";
    const decision = post.authorId
      ? await recordDecision(ctx.db, {
          accountId: post.authorId,
          action: decided,
          ground,
          explanation: input.explanation.trim(),
          decidedBy: moderator.id,
          postId,
          excerpt: post.bodyMarkdown,
          at: ctx.clock.now(),
        })
      : null;
    if (decision) await sendStatement(ctx, decision);
    await closeReports(ctx, moderator, open, "actioned");
    await audit(
      ctx,
      moderator,
      `moderation.post_${decided}`,
      { type: "post", id: postId },
      { decision: decision?.id ?? null, ground, reports: open.map((r) => r.id) },
    );
    return { ok: true, value: decision };
  });
}

export interface RestrictionInput extends Reasons {
  restriction: string;
  days: string;
}

/** Silences (no posting) or suspends (no sign-in) an author for a number of days. */
export async function restrictAuthor(
  ctx: AppContext,
  moderator: Actor,
  accountId: number,
  input: RestrictionInput,
): Promise<Outcome<Decision>> {
  requireModerator(moderator);
  const account = await accountStatus(ctx.db, accountId);
  if (!account || account.deactivated) throw notFound();
  // Staff answer to the bank, not to the community's moderators.
  if (isStaffRole(account.role)) throw forbidden();
  const { ground, errors } = checkedReasons(input);
  const restriction =
    input.restriction === "silenced" || input.restriction === "suspended" ? input.restriction : undefined;
  if (!restriction) errors.restriction = "queue.restriction.missing";
  const days = Number(input.days);
  if (!Number.isInteger(days) || days < RESTRICTION_DAYS.min || days > RESTRICTION_DAYS.max)
    errors.days = "queue.days.invalid";
  if (Object.keys(errors).length > 0 || !ground || !restriction) return { ok: false, errors };
  const until = new Date(ctx.clock.now().getTime() + days * 86_400_000);
  const decision = await runCommand(ctx, async (ctx) => {
    await restrictAccount(ctx, accountId, restriction, until);
    const decision = await recordDecision(ctx.db, {
      accountId,
      action: restriction,
      ground,
      explanation: input.explanation.trim(),
      decidedBy: moderator.id,
      until,
      at: ctx.clock.now(),
    });
    await sendStatement(ctx, decision);
    await audit(
      ctx,
      moderator,
      `moderation.account_${restriction}`,
      { type: "account", id: accountId },
      { decision: decision.id, until: until.toISOString() },
    );
    return decision;
  });
  return { ok: true, value: decision };
}
