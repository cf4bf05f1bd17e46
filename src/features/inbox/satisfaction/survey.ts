import { createHash, randomBytes } from "node:crypto";
import { and, count, eq, gt, isNull } from "drizzle-orm";
import type { AppContext } from "../../../platform/context.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import { composeMail } from "../../../platform/mail/compose.tsx";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { mailRecipients } from "../../accounts/index.ts";
import { objectsToMessages } from "../../newsletter/index.ts";
import { conversations, correspondents, satisfaction } from "../schema.ts";
import { resolved } from "./resolution-hooks.ts";

/**
 * The one-question satisfaction survey: when a conversation is resolved, the person gets an
 * e-mail with a single-use link (only its SHA-256 is kept) asking how satisfied they are, 1 to 5,
 * with an optional comment; the answers are kept for the barometer. Nobody without an e-mail
 * address, nobody who objected to being written to, and once per resolution at most.
 */
export const SURVEY_DAYS = 30;
export const COMMENT_MAX = 2000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
export const surveyPath = (token: string) => `/satisfaction/${token}`;

/**
 * Inside the command that resolved the conversation (answers.ts `sendOut` with "resolved", and
 * the resolve action): queues the survey in the same transaction, so it leaves only if the
 * resolution is committed, and tells the features that asked (resolution-hooks.ts: the reviews'
 * invitation). Returns whether a survey was queued.
 */
export async function afterResolved(ctx: AppContext, conversationId: number): Promise<boolean> {
  if (!ctx.inCommand) throw new Error("afterResolved runs inside the command that resolved the conversation");
  const [conversation] = await ctx.db
    .select()
    .from(conversations)
    .where(eq(conversations.id, conversationId));
  if (conversation?.status !== "resolved") return false;
  const found = await recipientOf(ctx, conversation.correspondentId);
  const recipient = found && !(await objectsToMessages(ctx, found.email)) ? found : null;
  await resolved(ctx, {
    id: conversationId,
    source: conversation.source,
    subject: conversation.subject,
    resolvedAt: conversation.resolvedAt ?? ctx.clock.now(),
    recipient,
  });
  // Once per resolution: a conversation reopened n times may have had n + 1 surveys.
  const [sent] = await ctx.db
    .select({ n: count() })
    .from(satisfaction)
    .where(eq(satisfaction.conversationId, conversationId));
  if ((sent?.n ?? 0) > conversation.reopenedCount) return false;
  if (!recipient) return false;

  const token = randomBytes(32).toString("base64url");
  const now = ctx.clock.now();
  await ctx.db.insert(satisfaction).values({ conversationId, tokenHash: hashOf(token), sentAt: now });
  const i18n = i18nFor(recipient.locale);
  const { t } = i18n;
  await ctx.outbox.queue(ctx.db, {
    key: `inbox.satisfaction:${conversationId}:${conversation.reopenedCount}`,
    category: "inbox.satisfaction",
    to: recipient.email,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: t("inbox.satisfaction.mail.subject"),
      greeting: t("inbox.satisfaction.mail.greeting", { name: recipient.displayName }),
      paragraphs: [
        t("inbox.satisfaction.mail.resolved", { subject: conversation.subject }),
        t("inbox.satisfaction.mail.question"),
      ],
      action: {
        label: t("inbox.satisfaction.mail.action"),
        url: new URL(surveyPath(token), ctx.config.baseUrl).href,
      },
      footnote: t("inbox.satisfaction.mail.footnote", { days: SURVEY_DAYS }),
    }),
  });
  return true;
}

/** Where the survey goes: a member's account address (open and verified), or the address they wrote from. */
async function recipientOf(ctx: AppContext, correspondentId: number) {
  const [person] = await ctx.db.select().from(correspondents).where(eq(correspondents.id, correspondentId));
  if (!person || person.erasedAt) return undefined;
  if (person.accountId !== null) {
    const account = (await mailRecipients(ctx, [person.accountId])).get(person.accountId);
    return account
      ? {
          accountId: person.accountId,
          email: account.email,
          displayName: account.displayName,
          locale: account.locale ?? person.locale,
        }
      : undefined;
  }
  return person.email
    ? { accountId: null, email: person.email, displayName: person.displayName, locale: person.locale }
    : undefined;
}

export type SurveyState = "open" | "answered" | "expired" | "unknown";

/** What a survey link leads to now. */
export async function surveyState(ctx: AppContext, token: string): Promise<SurveyState> {
  if (!TOKEN.test(token)) return "unknown";
  const [row] = await ctx.db
    .select()
    .from(satisfaction)
    .where(eq(satisfaction.tokenHash, hashOf(token)));
  if (!row) return "unknown";
  if (row.answeredAt) return "answered";
  return row.sentAt > expiredBefore(ctx) ? "open" : "expired";
}

const expiredBefore = (ctx: AppContext) => new Date(ctx.clock.now().getTime() - SURVEY_DAYS * 86_400_000);

export interface SurveyAnswer {
  rating: string;
  comment: string;
}

/**
 * Keeps the answer, once: the row is claimed by the same statement that writes it, so a link
 * used twice (or two tabs sending at once) records the first answer only.
 */
export async function answerSurvey(
  ctx: AppContext,
  token: string,
  typed: SurveyAnswer,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors } | { ok: false; state: SurveyState }> {
  const errors: FieldErrors = {};
  const rating = /^[1-5]$/.test(typed.rating) ? Number(typed.rating) : undefined;
  if (rating === undefined) errors.rating = "inbox.satisfaction.ratingMissing";
  const comment = typed.comment.trim();
  if (comment.length > COMMENT_MAX) errors.comment = "inbox.satisfaction.commentTooLong";
  if (Object.keys(errors).length > 0 || rating === undefined) {
    const state = await surveyState(ctx, token);
    return state === "open" ? { ok: false, errors } : { ok: false, state };
  }
  if (!TOKEN.test(token)) return { ok: false, state: "unknown" };
  const claimed = await ctx.db
    .update(satisfaction)
    .set({ rating, comment: comment || null, answeredAt: ctx.clock.now() })
    .where(
      and(
        eq(satisfaction.tokenHash, hashOf(token)),
        isNull(satisfaction.answeredAt),
        gt(satisfaction.sentAt, expiredBefore(ctx)),
      ),
    )
    .returning({ id: satisfaction.id });
  if (claimed.length > 0) return { ok: true };
  return { ok: false, state: await surveyState(ctx, token) };
}
