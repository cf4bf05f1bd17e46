import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { emailProblem, mailRecipients, normaliseEmail } from "../accounts/index.ts";
import { findPost } from "../community/index.ts";
import { REPORT_REASONS, type ReportReason, reports } from "./schema.ts";

export const EXPLANATION_LIMITS = { min: 10, max: 2000 } as const;

type Outcome = { ok: true } | { ok: false; errors: FieldErrors };
export type Report = typeof reports.$inferSelect;

export function isReportReason(value: string): value is ReportReason {
  return isOneOf(REPORT_REASONS, value);
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
  const reason =
    isReportReason(input.reason) && (reporter || input.reason === "illegal") ? input.reason : undefined;
  if (!reason) errors.reason = "report.reason.missing";
  if (explanation.length < EXPLANATION_LIMITS.min) errors.explanation = "report.explanation.tooShort";
  else if (explanation.length > EXPLANATION_LIMITS.max) errors.explanation = "report.explanation.tooLong";
  const email = reporter ? reporter.email : normaliseEmail(input.email);
  if (!reporter) {
    const problem = emailProblem(email);
    if (problem) errors.email = problem;
  }
  if (Object.keys(errors).length > 0 || !reason) return { ok: false, errors };
  // The report and the acknowledgement to its author are written together.
  await ctx.db.transaction(async (tx) => {
    const [report] = await tx
      .insert(reports)
      .values({
        postId,
        reporterId: reporter?.id ?? null,
        reporterEmail: reporter ? null : email,
        reason,
        explanation,
      })
      .returning({ id: reports.id });
    const i18n = i18nFor(reporter?.locale ?? ctx.config.defaultLocale);
    await ctx.outbox.queue(tx, {
      key: `moderation.report:${report!.id}`,
      category: "moderation.report",
      to: email,
      ...composeMail(i18n, ctx.config.bankName, {
        subject: i18n.t("mail.report.subject"),
        greeting: i18n.t("mail.report.greeting"),
        paragraphs: [
          i18n.t("mail.report.body", { reason: i18n.t(`report.reason.${reason}`) }),
          i18n.t("mail.report.next"),
        ],
        action: {
          label: i18n.t("mail.report.action"),
          url: new URL(`/messages/${postId}/historique`, ctx.config.baseUrl).href,
        },
      }),
    });
  });
  return { ok: true };
}

export function openReportsOn(ctx: AppContext, postId: number): Promise<Report[]> {
  return ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.postId, postId), eq(reports.status, "open")))
    .orderBy(reports.createdAt);
}

/**
 * Closes the open reports on a post and tells each person who reported it what was decided
 * (DSA art. 16(5)): kept, or acted on.
 */
export async function closeReports(
  ctx: AppContext,
  moderator: Actor,
  open: readonly Report[],
  outcome: "dismissed" | "actioned",
): Promise<void> {
  if (open.length === 0) return;
  await ctx.db
    .update(reports)
    .set({ status: outcome, decidedBy: moderator.id, decidedAt: ctx.clock.now() })
    .where(
      inArray(
        reports.id,
        open.map((r) => r.id),
      ),
    );
  const members = await mailRecipients(
    ctx,
    open.map((r) => r.reporterId).filter((id): id is number => id !== null),
  );
  const told = new Set<string>();
  for (const report of open) {
    const member = report.reporterId === null ? undefined : members.get(report.reporterId);
    const to = member?.email ?? report.reporterEmail;
    if (!to || told.has(to)) continue;
    told.add(to);
    const i18n = i18nFor(member?.locale ?? ctx.config.defaultLocale);
    await ctx.outbox.queue(ctx.db, {
      key: `moderation.report-outcome:${report.id}`,
      category: "moderation.report-outcome",
      to,
      ...composeMail(i18n, ctx.config.bankName, {
        subject: i18n.t("mail.reportOutcome.subject"),
        greeting: i18n.t("mail.report.greeting"),
        paragraphs: [i18n.t(`mail.reportOutcome.${outcome}`), i18n.t("mail.reportOutcome.thanks")],
      }),
    });
  }
}
