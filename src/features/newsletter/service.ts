import { and, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import { hashToken, randomToken } from "../../platform/auth/tokens.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { uniqueKey } from "../../platform/mail/outbox.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { emailProblem, normaliseEmail } from "../accounts/index.ts";
import { type ConsentChannel, type Evidence, recordConsent, storeWording } from "../consent/index.ts";
import { SUPPRESSION_REASONS, type SuppressionReason, subscribers } from "./schema.ts";
import { addSuppression, isSuppressed, liftSuppression, suppressionKey } from "./suppression.ts";

/**
 * The newsletter's subscriptions: asked on a form with the information notice beside it,
 * active only once the emailed link is followed (double opt-in), withdrawn in one click. Each
 * decision goes to the consent ledger with the words shown. A withdrawal, an objection, a bounce
 * or a complaint puts the address on the suppression list (suppression.ts), which only the
 * owner's click on a new confirmation link lifts.
 */
export type Subscriber = typeof subscribers.$inferSelect;
type Outcome = { ok: true } | { ok: false; errors: FieldErrors };

export const CONFIRM_PAGE = "/newsletter/confirmer";
export const UNSUBSCRIBE_PAGE = "/newsletter/desinscription";

const isSuppressedStatus = (status: string) => isOneOf(SUPPRESSION_REASONS, status);
const SUPPRESSED_STATUS_LIST = sql.join(
  SUPPRESSION_REASONS.map((reason) => sql`${reason}`),
  sql`, `,
);

/**
 * Asks for a subscription: a confirmation link goes to the address, and nothing else changes until
 * it is followed. Anyone may ask for any address, so a suppressed address keeps its status (and
 * its place on the list) until then; a row only asked for is "pending", never sent to.
 */
export async function requestSubscription(
  ctx: AppContext,
  input: { email: string; consent: boolean; locale: Locale; accountId?: number },
  evidence: Evidence,
): Promise<Outcome> {
  const email = normaliseEmail(input.email);
  const errors: FieldErrors = {};
  const problem = emailProblem(email);
  if (problem) errors.email = problem;
  if (!input.consent) errors.consent = "newsletter.consent.missing";
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const [existing] = await ctx.db.select().from(subscribers).where(eq(subscribers.email, email));
  // Already active: nothing to confirm, and the page says the same as for anyone (no disclosure).
  if (existing?.status === "active") return { ok: true };
  const now = ctx.clock.now();
  const token = randomToken();
  const wording = await storeWording(ctx.db, "newsletter", "granted", input.locale);
  const asked = {
    locale: input.locale,
    confirmTokenHash: hashToken(token),
    confirmExpiresAt: new Date(now.getTime() + ctx.config.newsletter.confirmHours * 3600_000),
    requestedWording: wording,
    requestedPage: evidence.page.slice(0, 300),
  };
  // Decided in the statement itself, so an unsubscribe at the same moment cannot be overwritten.
  const stillSuppressed = sql`${subscribers.status} in (${SUPPRESSED_STATUS_LIST})`;
  await ctx.db
    .insert(subscribers)
    .values({
      email,
      accountId: input.accountId ?? null,
      status: "pending",
      lastActionAt: now,
      ...asked,
    })
    .onConflictDoUpdate({
      target: subscribers.email,
      set: {
        ...asked,
        status: sql`case when ${stillSuppressed} then ${subscribers.status} else 'pending' end`,
        lastActionAt: sql`case when ${stillSuppressed} then ${subscribers.lastActionAt} else ${now} end`,
        accountId: sql`coalesce(${subscribers.accountId}, ${input.accountId ?? null}::bigint)`,
      },
      // An active subscription needs no confirmation (and keeps working if someone asks again).
      setWhere: ne(subscribers.status, "active"),
    });
  const i18n = i18nFor(input.locale);
  await ctx.outbox.queue(ctx.db, {
    key: uniqueKey("newsletter.confirm"),
    category: "newsletter.confirm",
    to: email,
    ...composeMail(i18n, ctx.config.bankName, {
      subject: i18n.t("mail.newsletterConfirm.subject", { bank: ctx.config.bankName }),
      greeting: i18n.t("mail.newsletterConfirm.greeting"),
      paragraphs: [
        i18n.t("mail.newsletterConfirm.body", { hours: ctx.config.newsletter.confirmHours }),
        i18n.t("mail.newsletterConfirm.ignore"),
      ],
      action: {
        label: i18n.t("mail.newsletterConfirm.action"),
        url: new URL(`${CONFIRM_PAGE}?jeton=${token}`, ctx.config.baseUrl).href,
      },
    }),
  });
  return { ok: true };
}

/**
 * Follows the confirmation link (single-use, expiring): the subscription becomes active, and
 * provable. This click by the address's owner is the one thing that lifts a suppression.
 */
export async function confirmSubscription(
  ctx: AppContext,
  token: string,
  evidence: Evidence,
): Promise<Subscriber | undefined> {
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [subscriber] = await tx
      .update(subscribers)
      .set({
        status: "active",
        confirmTokenHash: null,
        confirmExpiresAt: null,
        confirmedAt: now,
        unsubscribedAt: null,
        lastActionAt: now,
      })
      .where(
        and(
          eq(subscribers.confirmTokenHash, hashToken(token)),
          inArray(subscribers.status, ["pending", ...SUPPRESSION_REASONS]),
          gt(subscribers.confirmExpiresAt, now),
        ),
      )
      .returning();
    if (!subscriber?.requestedWording) return undefined;
    await liftSuppression(tx, suppressionKey(ctx.config), subscriber.email);
    await recordConsent(tx, {
      accountId: subscriber.accountId,
      email: subscriber.email,
      purpose: "newsletter",
      decision: "granted",
      channel: "email_link",
      wordingHash: subscriber.requestedWording,
      evidence: { ...evidence, page: subscriber.requestedPage ?? evidence.page },
      at: now,
    });
    return subscriber;
  });
}

/** The sealed token of a subscriber's one-click unsubscribe link: works without signing in, never expires. */
export function unsubscribeToken(ctx: AppContext, subscriberId: number): string {
  return ctx.secrets.seal(JSON.stringify({ newsletter: subscriberId }));
}

export function subscriberOfToken(ctx: AppContext, token: string): number | undefined {
  try {
    const parsed = JSON.parse(ctx.secrets.open(token)) as { newsletter?: unknown };
    return typeof parsed.newsletter === "number" ? parsed.newsletter : undefined;
  } catch {
    return undefined;
  }
}

export function unsubscribeUrl(ctx: AppContext, subscriberId: number): string {
  return new URL(
    `${UNSUBSCRIBE_PAGE}?jeton=${encodeURIComponent(unsubscribeToken(ctx, subscriberId))}`,
    ctx.config.baseUrl,
  ).href;
}

/**
 * Withdraws the consent at once: nothing more is sent to the address, from any campaign,
 * including one already being sent, and the address goes on the suppression list. Unsubscribing
 * twice changes nothing (but cancels a confirmation link not yet followed).
 */
export async function unsubscribe(
  ctx: AppContext,
  subscriberId: number,
  channel: "one_click" | "account",
  evidence: Evidence,
): Promise<Subscriber | undefined> {
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(subscribers)
      .where(eq(subscribers.id, subscriberId))
      .for("update");
    if (!current) return undefined;
    const now = ctx.clock.now();
    await addSuppression(tx, suppressionKey(ctx.config), current.email, "unsubscribed", now);
    const [updated] = await tx
      .update(subscribers)
      .set({
        ...(isSuppressedStatus(current.status)
          ? {}
          : { status: "unsubscribed" as const, unsubscribedAt: now }),
        confirmTokenHash: null,
        confirmExpiresAt: null,
      })
      .where(eq(subscribers.id, subscriberId))
      .returning();
    if (current.status === "active")
      await recordConsent(tx, {
        accountId: current.accountId,
        email: current.email,
        purpose: "newsletter",
        decision: "withdrawn",
        channel,
        wordingHash: await storeWording(tx, "newsletter", "withdrawn", current.locale),
        evidence,
        at: now,
      });
    return updated;
  });
}

/**
 * Sign-ups never confirmed are deleted after the configured delay (they prove no consent). A
 * suppressed address never waits as "pending" (it keeps its status), and the suppression list is
 * another table: this purge cannot lift a suppression.
 */
export async function purgeUnconfirmed(ctx: AppContext, now = ctx.clock.now()): Promise<number> {
  const cutoff = new Date(now.getTime() - ctx.config.newsletter.pendingDays * 86_400_000);
  const purged = await ctx.db
    .delete(subscribers)
    .where(and(eq(subscribers.status, "pending"), lt(subscribers.lastActionAt, cutoff)))
    .returning({ id: subscribers.id });
  if (purged.length > 0)
    await recordAudit(ctx.db, {
      actorId: null,
      action: "newsletter.unconfirmed_purged",
      subjectType: "newsletter_subscriber",
      subjectId: null,
      details: { count: purged.length, olderThanDays: ctx.config.newsletter.pendingDays },
    });
  return purged.length;
}

export type MemberSubscriptionOutcome = "subscribed" | "confirm_by_mail" | "withdrawn" | "unchanged";

/**
 * A member's own choice, from their account: their address is already proven (verified at
 * sign-up), so subscribing takes effect at once; the consent goes to the ledger with the words
 * shown, through the "account" channel. Withdrawing is the same single step. An address on the
 * suppression list is the exception: a session is not the owner's click, so a confirmation link
 * is sent, as to anyone, and the subscription starts only when it is followed.
 */
export async function setMemberSubscription(
  ctx: AppContext,
  member: { id: number; email: string; locale: Locale },
  wanted: boolean,
  evidence: Evidence,
): Promise<MemberSubscriptionOutcome> {
  const [current] = await ctx.db.select().from(subscribers).where(eq(subscribers.email, member.email));
  if (!wanted) {
    if (current) await unsubscribe(ctx, current.id, "account", evidence);
    return current ? "withdrawn" : "unchanged";
  }
  if (current?.status === "active") return "unchanged";
  const outcome = await ctx.db.transaction(async (tx): Promise<MemberSubscriptionOutcome> => {
    // The row's lock orders this after any unsubscribe or suppression of the same address.
    const [locked] = await tx
      .select()
      .from(subscribers)
      .where(eq(subscribers.email, member.email))
      .for("update");
    if (locked?.status === "active") return "unchanged";
    if (await isSuppressed(tx, suppressionKey(ctx.config), member.email)) return "confirm_by_mail";
    const wording = await storeWording(tx, "newsletter", "granted", member.locale);
    const now = ctx.clock.now();
    const active = {
      accountId: member.id,
      locale: member.locale,
      status: "active" as const,
      confirmTokenHash: null,
      confirmExpiresAt: null,
      confirmedAt: now,
      unsubscribedAt: null,
      lastActionAt: now,
    };
    await tx
      .insert(subscribers)
      .values({ email: member.email, ...active })
      .onConflictDoUpdate({ target: subscribers.email, set: active });
    await recordConsent(tx, {
      accountId: member.id,
      email: member.email,
      purpose: "newsletter",
      decision: "granted",
      channel: "account",
      wordingHash: wording,
      evidence,
      at: now,
    });
    return "subscribed";
  });
  if (outcome === "confirm_by_mail")
    await requestSubscription(
      ctx,
      { email: member.email, consent: true, locale: member.locale, accountId: member.id },
      evidence,
    );
  return outcome;
}

/** Whether this member currently receives the newsletter. */
export async function isSubscribed(ctx: AppContext, email: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ status: subscribers.status })
    .from(subscribers)
    .where(eq(subscribers.email, email));
  return row?.status === "active";
}

export type Suppression = Exclude<SuppressionReason, "unsubscribed">;

/**
 * Stops all marketing to an address at once and for good (until its owner subscribes anew):
 * a hard bounce (the address does not exist), a complaint (marked as spam), or an objection to
 * marketing (art. 21(2): immediate and absolute, even for an address never subscribed). A
 * complaint or an objection withdraws the consent in the ledger; a bounce is not a decision.
 */
export async function suppress(
  ctx: AppContext,
  input: { email: string; accountId?: number | null; locale: Locale },
  reason: Suppression,
  decision?: { channel: ConsentChannel; evidence: Evidence },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(subscribers)
      .where(eq(subscribers.email, input.email))
      .for("update");
    const now = ctx.clock.now();
    await addSuppression(tx, suppressionKey(ctx.config), input.email, reason, now);
    const stopped = {
      status: reason,
      unsubscribedAt: now,
      confirmTokenHash: null,
      confirmExpiresAt: null,
    };
    if (current) await tx.update(subscribers).set(stopped).where(eq(subscribers.id, current.id));
    else
      await tx
        .insert(subscribers)
        .values({ email: input.email, accountId: input.accountId ?? null, locale: input.locale, ...stopped });
    if (decision && (reason === "objected" || current?.status === "active"))
      await recordConsent(tx, {
        accountId: input.accountId ?? current?.accountId ?? null,
        email: input.email,
        purpose: "newsletter",
        decision: "withdrawn",
        channel: decision.channel,
        wordingHash: await storeWording(tx, "newsletter", "withdrawn", current?.locale ?? input.locale),
        evidence: decision.evidence,
        at: now,
      });
  });
}

/** Whether marketing to this address is stopped by an objection. */
export async function hasObjected(ctx: AppContext, email: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ status: subscribers.status })
    .from(subscribers)
    .where(eq(subscribers.email, email));
  return row?.status === "objected";
}

/**
 * Restricts (or lifts the restriction of) marketing to a person's addresses (art. 18): their
 * contact is kept as it is, no campaign writes to it and retention does not erase it. Returns
 * how many contacts changed.
 */
export async function setRestriction(
  ctx: AppContext,
  person: { email: string; accountId: number | null },
  restricted: boolean,
): Promise<number> {
  const changed = await ctx.db
    .update(subscribers)
    .set({ restrictedAt: restricted ? ctx.clock.now() : null })
    .where(
      person.accountId
        ? or(eq(subscribers.email, person.email), eq(subscribers.accountId, person.accountId))
        : eq(subscribers.email, person.email),
    )
    .returning({ id: subscribers.id });
  return changed.length;
}

export async function isRestricted(ctx: AppContext, email: string): Promise<boolean> {
  const [row] = await ctx.db
    .select({ restrictedAt: subscribers.restrictedAt })
    .from(subscribers)
    .where(eq(subscribers.email, email));
  return Boolean(row?.restrictedAt);
}
