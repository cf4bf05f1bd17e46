import { and, eq, gt, inArray, isNull } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { hashToken, randomToken } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { type Evidence, prospectExpiry, recordConsent, storeWording } from "../consent/index.ts";
import { retentionMonths } from "../privacy/index.ts";
import { subscribers } from "./schema.ts";
import type { Subscriber } from "./service.ts";

/**
 * Prospects' retention (CNIL, prospection commerciale): a subscriber with no member account is
 * kept for the register's duration (3 years by default) from collection or their own last
 * action (a click, a sign-in, a form; an open never counts). A month before the end they get one
 * re-permission e-mail; a click on it is an own action and starts the clock again. At the end,
 * the nightly review erases them and writes it to the audit log. An objection is kept, so that
 * it keeps being honoured.
 */
export const KEEP_PAGE = "/newsletter/rester";
const NOTICE_DAYS = 30;
const ERASABLE = ["active", "unsubscribed", "bounced", "complained"] as const;

function expiryOf(subscriber: Subscriber, months: number): Date {
  return prospectExpiry(
    [
      { kind: "collected", at: subscriber.createdAt },
      { kind: "form", at: subscriber.lastActionAt },
    ],
    months,
  )!;
}

export async function reviewProspects(ctx: AppContext): Promise<{ asked: number; erased: number }> {
  const now = ctx.clock.now();
  const months = await retentionMonths(ctx.db, "newsletter");
  const prospects = await ctx.db
    .select()
    .from(subscribers)
    .where(
      and(
        isNull(subscribers.accountId),
        eq(subscribers.kind, "prospect"),
        // A restricted contact is kept as it is until the restriction is lifted (art. 18).
        isNull(subscribers.restrictedAt),
        inArray(subscribers.status, [...ERASABLE]),
      ),
    );
  const expired: number[] = [];
  let asked = 0;
  for (const prospect of prospects) {
    const expiry = expiryOf(prospect, months);
    if (expiry.getTime() <= now.getTime()) {
      expired.push(prospect.id);
      continue;
    }
    const soon = expiry.getTime() - now.getTime() <= NOTICE_DAYS * 86_400_000;
    if (!soon || prospect.status !== "active" || prospect.repermissionSentAt) continue;
    const token = randomToken();
    // Claimed in one statement, and queued in the same transaction: of two instances reviewing
    // at the same time, one queues it (issue 11, M5); the outbox sends it.
    const claimed = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(subscribers)
        .set({ repermissionSentAt: now, confirmTokenHash: hashToken(token), confirmExpiresAt: expiry })
        .where(
          and(
            eq(subscribers.id, prospect.id),
            eq(subscribers.status, "active"),
            isNull(subscribers.repermissionSentAt),
          ),
        )
        .returning({ id: subscribers.id });
      if (!row) return false;
      const i18n = i18nFor(prospect.locale);
      await ctx.outbox.queue(tx, {
        key: `newsletter.repermission:${prospect.id}:${expiry.toISOString()}`,
        category: "newsletter.repermission",
        to: prospect.email,
        ...composeMail(i18n, ctx.config.bankName, {
          subject: i18n.t("mail.repermission.subject", { bank: ctx.config.bankName }),
          greeting: i18n.t("mail.repermission.greeting"),
          paragraphs: [
            i18n.t("mail.repermission.body", { date: i18n.date(expiry) }),
            i18n.t("mail.repermission.nothing"),
          ],
          action: {
            label: i18n.t("mail.repermission.action"),
            url: new URL(`${KEEP_PAGE}?jeton=${token}`, ctx.config.baseUrl).href,
          },
        }),
      });
      return true;
    });
    if (!claimed) continue;
    asked++;
  }
  // Only the rows this run deleted are counted: another instance's deletions are its own.
  const erased =
    expired.length === 0
      ? 0
      : (
          await ctx.db
            .delete(subscribers)
            .where(inArray(subscribers.id, expired))
            .returning({ id: subscribers.id })
        ).length;
  if (erased > 0) {
    await recordAudit(ctx.db, {
      action: "newsletter.prospects_expired",
      subjectType: "newsletter_subscriber",
      details: { count: erased, retentionMonths: months },
    });
  }
  if (asked > 0)
    await recordAudit(ctx.db, {
      action: "newsletter.repermission_sent",
      subjectType: "newsletter_subscriber",
      details: { count: asked },
    });
  return { asked, erased };
}

/** The prospect says yes again: an own action, and a renewed consent in the ledger. */
export async function keepSubscription(
  ctx: AppContext,
  token: string,
  evidence: Evidence,
): Promise<Subscriber | undefined> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [kept] = await tx
      .update(subscribers)
      .set({ lastActionAt: now, repermissionSentAt: null, confirmTokenHash: null, confirmExpiresAt: null })
      .where(
        and(
          eq(subscribers.confirmTokenHash, hashToken(token)),
          eq(subscribers.status, "active"),
          gt(subscribers.confirmExpiresAt, now),
        ),
      )
      .returning();
    if (!kept) return undefined;
    await recordConsent(tx, {
      email: kept.email,
      purpose: "newsletter",
      decision: "granted",
      channel: "email_link",
      wordingHash: await storeWording(tx, "newsletter", "granted", kept.locale),
      evidence,
      at: now,
    });
    return kept;
  });
}
