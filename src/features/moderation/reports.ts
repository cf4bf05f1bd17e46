import { and, eq, inArray } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, notFound } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { type PublicProfile, publicProfiles } from "../accounts/public-profiles.ts";
import { emailProblem, normaliseEmail } from "../accounts/validation.ts";
import { isModerator } from "../community/policy.ts";
import { deletePost, findPost, memberActivity, type PostForEdit } from "../community/service.ts";
import { REPORT_REASONS, type ReportReason, reports } from "./schema.ts";

export const EXPLANATION_LIMITS = { min: 10, max: 2000 } as const;

type Outcome = { ok: true } | { ok: false; errors: FieldErrors };

export function isReportReason(value: string): value is ReportReason {
  return (REPORT_REASONS as readonly string[]).includes(value);
}

/**
 * A member flags a post for any reason; anyone, without an account, may report illegal content
 * with a contact address (DSA art. 16). The reporter is told at once that it was received.
 */
export async function fileReport(
  ctx: AppContext,
  reporter: Actor | null,
  postId: number,
  input: { reason: string; explanation: string; email: string },
): Promise<Outcome> {
  const post = await findPost(ctx, postId);
  if (!post || post.deleted) throw notFound();
  const errors: FieldErrors = {};
  const explanation = input.explanation.trim();
  if (!isReportReason(input.reason) || (!reporter && input.reason !== "illegal"))
    errors.reason = "report.reason.missing";
  if (explanation.length < EXPLANATION_LIMITS.min) errors.explanation = "report.explanation.tooShort";
  else if (explanation.length > EXPLANATION_LIMITS.max) errors.explanation = "report.explanation.tooLong";
  const email = reporter ? reporter.email : normaliseEmail(input.email);
  if (!reporter) {
    const problem = emailProblem(email);
    if (problem) errors.email = problem;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  await ctx.db.insert(reports).values({
    postId,
    reporterId: reporter?.id ?? null,
    reporterEmail: reporter ? null : email,
    reason: input.reason as ReportReason,
    explanation,
  });
  const i18n = i18nFor(reporter?.locale ?? ctx.config.defaultLocale);
  await ctx.mailer.send({
    to: email,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: i18n.t("mail.report.subject"),
      greeting: i18n.t("mail.report.greeting"),
      paragraphs: [
        i18n.t("mail.report.body", { reason: i18n.t(`report.reason.${input.reason as ReportReason}`) }),
        i18n.t("mail.report.next"),
      ],
      action: {
        label: i18n.t("mail.report.action"),
        url: new URL(`/messages/${postId}/historique`, ctx.config.baseUrl).href,
      },
    }),
  });
  return { ok: true };
}

export interface QueueItem {
  post: PostForEdit;
  author: PublicProfile | null;
  authorHistory: { topics: number; answers: number };
  reports: (typeof reports.$inferSelect)[];
}

/** The queue: posts with open reports, oldest report first, each with its context and its author's history. */
export async function moderationQueue(ctx: AppContext, moderator: Actor): Promise<QueueItem[]> {
  if (!isModerator(moderator)) throw forbidden();
  const open = await ctx.db
    .select()
    .from(reports)
    .where(eq(reports.status, "open"))
    .orderBy(reports.createdAt)
    .limit(200);
  const byPost = new Map<number, (typeof reports.$inferSelect)[]>();
  for (const report of open) byPost.set(report.postId, [...(byPost.get(report.postId) ?? []), report]);
  const posts = (await Promise.all([...byPost.keys()].map((postId) => findPost(ctx, postId)))).filter(
    (post): post is PostForEdit => post !== undefined,
  );
  const authorIds = [
    ...new Set(posts.map((post) => post.authorId).filter((id): id is number => id !== null)),
  ];
  const [authors, histories] = await Promise.all([
    publicProfiles(ctx, authorIds),
    Promise.all(authorIds.map(async (id) => [id, (await memberActivity(ctx, id)).stats] as const)),
  ]);
  const historyOf = new Map(histories);
  const items: QueueItem[] = posts.map((post) => ({
    post,
    author: (post.authorId && authors.get(post.authorId)) || null,
    authorHistory: (post.authorId && historyOf.get(post.authorId)) || { topics: 0, answers: 0 },
    reports: byPost.get(post.id) ?? [],
  }));
  return items;
}

/** A moderator keeps the post (reports dismissed) or removes it (the community's own withdrawal). */
export async function decideReports(
  ctx: AppContext,
  moderator: Actor,
  postId: number,
  decision: "dismiss" | "remove",
): Promise<void> {
  if (!isModerator(moderator)) throw forbidden();
  const open = await ctx.db
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.postId, postId), eq(reports.status, "open")));
  if (open.length === 0) throw notFound();
  if (decision === "remove") {
    const post = await findPost(ctx, postId);
    if (post && !post.deleted) await deletePost(ctx, moderator, postId);
  }
  await ctx.db
    .update(reports)
    .set({
      status: decision === "remove" ? "removed" : "dismissed",
      decidedBy: moderator.id,
      decidedAt: new Date(),
    })
    .where(
      inArray(
        reports.id,
        open.map((r) => r.id),
      ),
    );
  await recordAudit(ctx.db, {
    actorId: moderator.id,
    actorRole: moderator.role,
    action: decision === "remove" ? "moderation.post_removed" : "moderation.reports_dismissed",
    subjectType: "post",
    subjectId: postId,
    details: { reports: open.map((r) => r.id) },
  });
}
