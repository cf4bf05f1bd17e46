import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { isOneOf } from "../../platform/one-of.ts";
import { plainText } from "../../text/markdown.ts";
import { mailRecipients } from "../accounts/index.ts";
import {
  appeals,
  type DecisionAction,
  decisions,
  type Ground,
  HOLD_REASONS,
  type HoldReason,
} from "./schema.ts";

/**
 * Statements of reasons (DSA art. 17): every decision that removes or restricts someone's
 * content or account is written down with what it concerns, the rule applied, whether it was
 * taken automatically or by a person, and until when it can be appealed (art. 20: six months).
 * The author finds them in their account; all but the automatic holds are also e-mailed.
 */
export type Decision = typeof decisions.$inferSelect;
export const APPEAL_MONTHS = 6;
const EXCERPT_LENGTH = 300;

/** The hold reasons a "held" decision's explanation lists (held-posts.ts writes them joined by commas). */
export function heldReasons(explanation: string): HoldReason[] {
  return explanation.split(",").filter((reason) => isOneOf(HOLD_REASONS, reason));
}

/** The rule an automatic hold applies. */
export const HOLD_GROUND: Record<HoldReason, Ground> = {
  first_post: "terms",
  spam: "spam",
  profanity: "abuse",
  watched_word: "terms",
  burst: "spam",
};

export function appealDeadline(decidedAt: Date): Date {
  const deadline = new Date(decidedAt);
  deadline.setUTCMonth(deadline.getUTCMonth() + APPEAL_MONTHS);
  return deadline;
}

export interface NewDecision {
  accountId: number;
  action: DecisionAction;
  ground: Ground;
  explanation: string;
  decidedBy: number | null;
  postId?: number | null;
  heldPostId?: number | null;
  excerpt?: string;
  until?: Date | null;
  /** When it was decided (ctx.clock): the appeal window runs from it. */
  at: Date;
}

type Executor = Pick<Db, "insert">;

/** Writes the decision; a hold is temporary (a person decides next), so only the others can be appealed. */
export async function recordDecision(db: Executor, input: NewDecision): Promise<Decision> {
  const now = input.at;
  const [row] = await db
    .insert(decisions)
    .values({
      accountId: input.accountId,
      action: input.action,
      ground: input.ground,
      explanation: input.explanation,
      automated: input.decidedBy === null,
      decidedBy: input.decidedBy,
      postId: input.postId ?? null,
      heldPostId: input.heldPostId ?? null,
      excerpt: plainText(input.excerpt ?? "", EXCERPT_LENGTH, { linkTargets: true }),
      until: input.until ?? null,
      appealableUntil: input.action === "held" ? null : appealDeadline(now),
      createdAt: now,
    })
    .returning();
  return row!;
}

export const decisionUrl = (id: number) => `/compte/decisions/${id}`;

/** Sends the statement of reasons to the author (in their language), with the way to appeal. */
export async function sendStatement(ctx: AppContext, decision: Decision): Promise<void> {
  const recipient = (await mailRecipients(ctx, [decision.accountId])).get(decision.accountId);
  if (!recipient) return;
  const i18n = i18nFor(recipient.locale ?? ctx.config.defaultLocale);
  const { t } = i18n;
  await ctx.outbox.queue(ctx.db, {
    key: `moderation.decision:${decision.id}`,
    category: "moderation.decision",
    to: recipient.email,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: t("mail.decision.subject"),
      greeting: t("mail.decision.greeting", { name: recipient.displayName }),
      paragraphs: [
        t(`decision.action.${decision.action}`),
        ...(decision.excerpt ? [t("mail.decision.excerpt", { excerpt: decision.excerpt })] : []),
        t("mail.decision.rule", { rule: t(`decision.ground.${decision.ground}`) }),
        decision.automated ? t("decision.how.automated") : t("decision.how.person"),
        t("mail.decision.explanation", { explanation: decision.explanation }),
        ...(decision.until ? [t("decision.until", { date: i18n.dateTime(decision.until) })] : []),
        ...(decision.appealableUntil
          ? [t("decision.appealUntil", { date: i18n.date(decision.appealableUntil) })]
          : []),
      ],
      action: {
        label: t("mail.decision.action"),
        url: new URL(decisionUrl(decision.id), ctx.config.baseUrl).href,
      },
    }),
  });
}

export interface DecisionWithAppeal {
  decision: Decision;
  appeal: typeof appeals.$inferSelect | null;
}

/** The statements of reasons kept in a member's account, newest first. */
export async function decisionsOf(ctx: AppContext, accountId: number): Promise<DecisionWithAppeal[]> {
  const rows = await ctx.db
    .select({ decision: decisions, appeal: appeals })
    .from(decisions)
    .leftJoin(appeals, eq(appeals.decisionId, decisions.id))
    .where(eq(decisions.accountId, accountId))
    .orderBy(desc(decisions.createdAt), desc(decisions.id))
    .limit(200);
  return rows;
}

export async function decisionOf(
  ctx: AppContext,
  accountId: number,
  id: number,
): Promise<DecisionWithAppeal | undefined> {
  const [row] = await ctx.db
    .select({ decision: decisions, appeal: appeals })
    .from(decisions)
    .leftJoin(appeals, eq(appeals.decisionId, decisions.id))
    .where(and(eq(decisions.id, id), eq(decisions.accountId, accountId)));
  return row;
}
