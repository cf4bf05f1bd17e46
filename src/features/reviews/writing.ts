import { and, eq, gt, isNull } from "drizzle-orm";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { type I18n, i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { findingsToConfirm, type LabelledFinding, publishable } from "../../text/personal-data-masking.ts";
import { reviewArrived } from "./inbox-source.ts";
import { signature, signatureOfDisplayName } from "./names.ts";
import { authorKeyPath } from "./paths.ts";
import { mayReview } from "./policy.ts";
import { reviewInvitations, reviews } from "./schema.ts";
import { settingsNow } from "./settings.ts";
import { isLinkSecret, newLinkSecret, secretHash } from "./tokens.ts";
import { type ReviewInput, readReview, type TypedReview } from "./typed.ts";

/**
 * Writing a review: spontaneously (a signed-in member, « Avis spontané ») or from an invitation's
 * single-use link (« Avis vérifié », with the experience date the bank recorded). Staff never
 * review. The text is masked for personal data like every post, after the author has seen what
 * will be masked. The review waits for moderation; nothing is public yet.
 */

export type InvitationState = "open" | "used" | "expired" | "unknown";

export type WriteOutcome =
  | { ok: true; reviewId: number; authorKey: string | null }
  | { ok: false; errors: FieldErrors }
  | { ok: false; masking: LabelledFinding[] }
  | { ok: false; staff: true }
  | { ok: false; state: Exclude<InvitationState, "open"> };

export interface Writing {
  typed: TypedReview;
  /** The author saw what will be masked and sends it anyway. */
  confirmMasking: boolean;
  /** The author's language, for the labels of what will be masked. */
  reader: I18n;
}

export type Invitation = typeof reviewInvitations.$inferSelect;

/** What an invitation link leads to now. */
export async function invitationByToken(
  ctx: AppContext,
  token: string,
): Promise<{ state: "open"; invitation: Invitation } | { state: Exclude<InvitationState, "open"> }> {
  if (!isLinkSecret(token)) return { state: "unknown" };
  const [invitation] = await ctx.db
    .select()
    .from(reviewInvitations)
    .where(eq(reviewInvitations.tokenHash, secretHash(token)));
  if (!invitation) return { state: "unknown" };
  if (invitation.usedAt) return { state: "used" };
  if (invitation.expiresAt <= ctx.clock.now()) return { state: "expired" };
  return { state: "open", invitation };
}

/** The form read and checked, and what will be masked confirmed: the review's content, or what to show again. */
export async function checkWriting(
  ctx: AppContext,
  writing: Writing,
): Promise<{ ok: true; value: ReviewInput } | Exclude<WriteOutcome, { ok: true }>> {
  const settings = await settingsNow(ctx);
  const read = readReview(writing.typed, ctx.clock.now(), settings.minTextLength);
  if (!read.ok) return read;
  const masking = findingsToConfirm(
    writing.confirmMasking,
    {
      publish: i18nFor(ctx.config.defaultLocale),
      reader: writing.reader,
      publicNumbers: ctx.config.bankPhoneNumbers,
    },
    read.value.title,
    read.value.body,
  );
  if (masking) return { ok: false, masking };
  return read;
}

/** The title and text as they will be published: personal data masked. */
export function maskedForReview(ctx: AppContext, input: Pick<ReviewInput, "title" | "body">) {
  const words = { publish: i18nFor(ctx.config.defaultLocale), reader: i18nFor(ctx.config.defaultLocale) };
  const options = { publicNumbers: ctx.config.bankPhoneNumbers };
  return {
    title: publishable(input.title, words, options).text,
    body: publishable(input.body, words, options).text,
  };
}

/** The columns a review's content fills, from what was read. */
export function reviewContent(ctx: AppContext, input: ReviewInput) {
  return {
    rating: input.rating,
    ratingAdvice: input.aspects.advice,
    ratingDigital: input.aspects.digital,
    ratingFees: input.aspects.fees,
    ratingAvailability: input.aspects.availability,
    ...maskedForReview(ctx, input),
    product: input.product,
    experienceDate: input.experienceDate,
  };
}

/** A negative review held at its author's request: published at the latest this long after it was accepted. */
async function holdUntil(ctx: AppContext, input: ReviewInput): Promise<Date | null> {
  if (!input.hold) return null;
  const { holdDelayDays } = await settingsNow(ctx);
  return holdDelayDays > 0 ? new Date(ctx.clock.now().getTime() + holdDelayDays * 86_400_000) : null;
}

/**
 * A signed-in member's own review, labelled « Avis spontané ». One command: the review and its
 * arrival in the inbox (which joins it), so a failure in either leaves nothing.
 */
export async function writeSpontaneous(
  ctx: AppContext,
  actor: Actor,
  writing: Writing,
): Promise<WriteOutcome> {
  if (!mayReview(actor)) return { ok: false, staff: true };
  const read = await checkWriting(ctx, writing);
  if (!read.ok) return read;
  return runCommand(ctx, (ctx) => insertSpontaneous(ctx, actor, read.value));
}

async function insertSpontaneous(ctx: AppContext, actor: Actor, input: ReviewInput): Promise<WriteOutcome> {
  const now = ctx.clock.now();
  const [row] = await ctx.db
    .insert(reviews)
    .values({
      authorAccountId: actor.id,
      verified: false,
      authorName: signatureOfDisplayName(actor.displayName),
      ...reviewContent(ctx, input),
      language: actor.locale ?? ctx.config.defaultLocale,
      holdUntil: await holdUntil(ctx, input),
      submittedAt: now,
      createdAt: now,
    })
    .returning({ id: reviews.id });
  await reviewArrived(ctx, row!.id);
  return { ok: true, reviewId: row!.id, authorKey: null };
}

/**
 * A review from an invitation: the link is claimed by the statement that uses it, so it writes
 * one review once, even from two tabs. Signed in, the review is the member's too; otherwise the
 * author gets a key (by e-mail and on the thanks page) to follow the decision, correct or withdraw.
 */
export async function writeFromInvitation(
  ctx: AppContext,
  actor: Actor | null,
  token: string,
  writing: Writing,
): Promise<WriteOutcome> {
  if (!mayReview(actor)) return { ok: false, staff: true };
  const found = await invitationByToken(ctx, token);
  if (found.state !== "open") return { ok: false, state: found.state };
  const read = await checkWriting(ctx, writing);
  if (!read.ok) return read;
  const input = read.value;
  return runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const [invitation] = await ctx.db
      .update(reviewInvitations)
      .set({ usedAt: now })
      .where(
        and(
          eq(reviewInvitations.tokenHash, secretHash(token)),
          isNull(reviewInvitations.usedAt),
          gt(reviewInvitations.expiresAt, now),
        ),
      )
      .returning();
    if (!invitation) {
      const again = await invitationByToken(ctx, token);
      return { ok: false, state: again.state === "open" ? "used" : again.state } as const;
    }
    const authorKey = actor ? null : newLinkSecret();
    const authorName =
      invitation.firstName.trim().length > 0
        ? signature(invitation.firstName, invitation.lastName)
        : actor
          ? signatureOfDisplayName(actor.displayName)
          : "";
    const [row] = await ctx.db
      .insert(reviews)
      .values({
        authorAccountId: actor?.id ?? invitation.accountId,
        invitationId: invitation.id,
        verified: true,
        authorEmail: invitation.email,
        authorName,
        authorKeyHash: authorKey ? secretHash(authorKey) : null,
        ...reviewContent(ctx, input),
        // The date the bank recorded with the invitation, never the form's (a hidden field anyone can change).
        experienceDate: invitation.experienceDate,
        language: invitation.locale,
        holdUntil: await holdUntil(ctx, input),
        submittedAt: now,
        createdAt: now,
      })
      .returning({ id: reviews.id });
    if (authorKey && invitation.email) await sendReceipt(ctx, invitation, row!.id, authorKey);
    await reviewArrived(ctx, row!.id);
    return { ok: true, reviewId: row!.id, authorKey } as const;
  });
}

/** The author without an account receives the link to their review's page, in the same transaction. */
async function sendReceipt(ctx: AppContext, invitation: Invitation, reviewId: number, authorKey: string) {
  const i18n = i18nFor(invitation.locale);
  const { t } = i18n;
  const { moderationDelayDays } = await settingsNow(ctx);
  await ctx.outbox.queue(ctx.db, {
    key: `reviews.receipt:${reviewId}`,
    category: "reviews.receipt",
    to: invitation.email!,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: t("reviews.mail.receipt.subject"),
      greeting: t("reviews.mail.greeting"),
      paragraphs: [t("reviews.mail.receipt.body", { days: moderationDelayDays })],
      action: {
        label: t("reviews.mail.receipt.action"),
        url: new URL(authorKeyPath(authorKey), ctx.config.baseUrl).href,
      },
      footnote: t("reviews.mail.keyFootnote"),
    }),
  });
}
