import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { DomainError, forbidden, notFound } from "../../platform/http/errors.ts";
import { onePage, type Page } from "../../platform/http/paging.ts";
import { uniqueKey } from "../../platform/mail/outbox.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { archiveStaffPublication } from "../archive/index.ts";
import { clickCounts } from "./clicks.ts";
import { runNewsletter } from "./policy.ts";
import { type CampaignStatus, campaigns, deliveries, subscribers } from "./schema.ts";
import { CAMPAIGN_QUEUE, campaignMail, ensureNewsletterQueues } from "./sending.ts";
import { CAMPAIGN_LOCALES, isWritten, writtenVersions } from "./versions.ts";

/**
 * Newsletter campaigns: written in French, in English or both (versions.ts), tested, submitted, approved by someone
 * other than the author (four eyes), then sent by background jobs. Every step is audited.
 */
export type Campaign = typeof campaigns.$inferSelect;
type Outcome<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const SUBJECT_LIMITS = { min: 3, max: 150 } as const;
export const BODY_MAX = 50_000;

export interface CampaignInput {
  subjectFr: string;
  bodyFr: string;
  subjectEn: string;
  bodyEn: string;
  /** The audience: lists (none: everyone) and tags every recipient must have. */
  listIds: number[];
  tags: string[];
}

function requireRunner(actor: Actor): void {
  if (!may(actor, runNewsletter)) throw forbidden();
}

/** Each error names its language: the two versions have fields of the same names. */
const PROBLEMS = {
  fr: {
    subjectTooShort: "campaign.fr.subject.tooShort",
    subjectTooLong: "campaign.fr.subject.tooLong",
    bodyMissing: "campaign.fr.body.missing",
    bodyTooLong: "campaign.fr.body.tooLong",
  },
  en: {
    subjectTooShort: "campaign.en.subject.tooShort",
    subjectTooLong: "campaign.en.subject.tooLong",
    bodyMissing: "campaign.en.body.missing",
    bodyTooLong: "campaign.en.body.tooLong",
  },
} as const;

/** Each version is optional; one is required; a version begun (a subject or a text) must be whole. */
function problems(input: CampaignInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!CAMPAIGN_LOCALES.some((locale) => isWritten(input, locale))) {
    errors.subjectFr = "campaign.noVersion";
    return errors;
  }
  for (const locale of CAMPAIGN_LOCALES) {
    if (!isWritten(input, locale)) continue;
    const lang = locale === "fr" ? "Fr" : "En";
    const problem = PROBLEMS[locale];
    const subject = input[`subject${lang}`].trim().length;
    if (subject < SUBJECT_LIMITS.min) errors[`subject${lang}`] = problem.subjectTooShort;
    else if (subject > SUBJECT_LIMITS.max) errors[`subject${lang}`] = problem.subjectTooLong;
    const body = input[`body${lang}`];
    if (body.trim().length === 0) errors[`body${lang}`] = problem.bodyMissing;
    else if (body.length > BODY_MAX) errors[`body${lang}`] = problem.bodyTooLong;
  }
  return errors;
}

async function audit(ctx: AppContext, actor: Actor, action: string, id: number, details: object = {}) {
  await recordAudit(ctx.db, {
    actorId: actor.id,
    actorRole: actor.role,
    action: `newsletter.campaign_${action}`,
    subjectType: "campaign",
    subjectId: id,
    details: details as Record<string, unknown>,
  });
}

export async function findCampaign(ctx: AppContext, actor: Actor, id: number): Promise<Campaign> {
  requireRunner(actor);
  const [campaign] = await ctx.db.select().from(campaigns).where(eq(campaigns.id, id));
  if (!campaign) throw notFound();
  return campaign;
}

/** The campaigns, one page at a time, the newest first. */
export function listCampaigns(ctx: AppContext, actor: Actor, asked = 1): Promise<Page<Campaign>> {
  requireRunner(actor);
  return onePage(
    asked,
    async () => (await ctx.db.select({ n: count() }).from(campaigns))[0]?.n ?? 0,
    (limit, offset) =>
      ctx.db
        .select()
        .from(campaigns)
        .orderBy(desc(campaigns.createdAt), desc(campaigns.id))
        .limit(limit)
        .offset(offset),
  );
}

export async function saveCampaign(
  ctx: AppContext,
  actor: Actor,
  id: number | null,
  input: CampaignInput,
): Promise<Outcome<number>> {
  requireRunner(actor);
  const errors = problems(input);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // A version not written is stored empty, even if it held only spaces.
  const fr = isWritten(input, "fr");
  const en = isWritten(input, "en");
  const values = {
    subjectFr: fr ? input.subjectFr.trim() : "",
    bodyFr: fr ? input.bodyFr : "",
    subjectEn: en ? input.subjectEn.trim() : "",
    bodyEn: en ? input.bodyEn : "",
    listIds: input.listIds,
    tags: input.tags,
    updatedAt: ctx.clock.now(),
  };
  // One command: the letter and its audit entry are written together or not at all.
  return runCommand(ctx, async (ctx) => {
    if (id === null) {
      const [created] = await ctx.db
        .insert(campaigns)
        .values({ ...values, authorId: actor.id })
        .returning({ id: campaigns.id });
      await audit(ctx, actor, "written", created!.id);
      return { ok: true, value: created!.id };
    }
    // Only a draft can change: once submitted, what the approver reads is what goes out.
    const [updated] = await ctx.db
      .update(campaigns)
      .set(values)
      .where(and(eq(campaigns.id, id), eq(campaigns.status, "draft")))
      .returning({ id: campaigns.id });
    if (!updated) throw new DomainError("campaign_locked", 409, "campaign.locked");
    await audit(ctx, actor, "edited", id);
    return { ok: true, value: id };
  });
}

/**
 * Sends each version written to the person testing it (and to nobody else). One command: the
 * test mails are queued in the outbox with the audit entry, all or none.
 */
export async function sendTest(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const campaign = await findCampaign(ctx, actor, id);
    for (const { locale } of writtenVersions(campaign))
      await ctx.outbox.queue(ctx.db, {
        key: uniqueKey("newsletter.campaign-test"),
        category: "newsletter.campaign-test",
        to: actor.email,
        ...campaignMail(ctx, campaign, locale, null),
      });
    await audit(ctx, actor, "tested", id);
  });
}

/**
 * Claims the campaign for one step: it moves from `from` only if it is still there, so of two
 * people acting at once (two approvals, an approval and a return to draft) the first acts and
 * the second is told the letter changed meanwhile (409), and nothing happens twice.
 */
async function claim(
  ctx: AppContext,
  id: number,
  from: CampaignStatus,
  set: Partial<typeof campaigns.$inferInsert>,
): Promise<Campaign> {
  const [moved] = await ctx.db
    .update(campaigns)
    .set({ ...set, updatedAt: ctx.clock.now() })
    .where(and(eq(campaigns.id, id), eq(campaigns.status, from)))
    .returning();
  if (moved) return moved;
  const [exists] = await ctx.db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, id));
  if (!exists) throw notFound();
  throw new DomainError("campaign_state", 409, "campaign.wrongState");
}

/** Each step is one command: the claim and its audit entry are written together or not at all. */
export async function submitCampaign(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  requireRunner(actor);
  await runCommand(ctx, async (ctx) => {
    await claim(ctx, id, "draft", { status: "awaiting_approval" });
    await audit(ctx, actor, "submitted", id);
  });
}

/** Sends a submitted issue back to its author for changes. */
export async function returnToDraft(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  requireRunner(actor);
  await runCommand(ctx, async (ctx) => {
    await claim(ctx, id, "awaiting_approval", { status: "draft" });
    await audit(ctx, actor, "returned", id);
  });
}

/** Letters waiting for this person's approval (those written by someone else), for the staff home. */
export async function campaignsAwaitingApprovalBy(ctx: AppContext, actor: Actor): Promise<number> {
  requireRunner(actor);
  const [row] = await ctx.db
    .select({ n: count() })
    .from(campaigns)
    .where(
      and(eq(campaigns.status, "awaiting_approval"), sql`${campaigns.authorId} is distinct from ${actor.id}`),
    );
  return row?.n ?? 0;
}

/** Whether this person may approve: a newsletter runner who did not write it. */
export function mayApprove(actor: Actor, campaign: Campaign): boolean {
  return (
    may(actor, runNewsletter) && campaign.authorId !== actor.id && campaign.status === "awaiting_approval"
  );
}

/**
 * Approves a submitted issue (four eyes): one command claims it, archives it, queues the job
 * that starts the send and audits the approval, so none of these exists without the others.
 */
export async function approveCampaign(
  ctx: AppContext,
  actor: Actor,
  id: number,
  sendAt: Date | null,
): Promise<void> {
  const campaign = await findCampaign(ctx, actor, id);
  if (campaign.authorId === actor.id) throw forbidden();
  // pg-boss creates a queue through its own connection: before the transaction, not inside it.
  await ensureNewsletterQueues(ctx);
  await runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const at = sendAt && sendAt > now ? sendAt : now;
    const approved = await claim(ctx, id, "awaiting_approval", {
      status: "approved",
      approvedBy: actor.id,
      approvedAt: now,
      sendAt: at,
    });
    // What the bank sends to its clients is archived word for word, like what it publishes (ACPR).
    await archiveStaffPublication(ctx.db, actor, {
      action: "published",
      placeType: "newsletter",
      placeId: id,
      placePath: `/admin/lettres/${id}`,
      body: writtenVersions(approved)
        .map((version) => `${version.subject}\n\n${version.body}`)
        .join("\n\n---\n\n"),
      at: now,
    });
    // The job exists only if the approval commits: a rolled-back approval starts no send.
    await ctx.jobs.sendWithin(ctx.db, CAMPAIGN_QUEUE, { campaignId: id }, at);
    await audit(ctx, actor, "approved", id, { sendAt: at.toISOString() });
  });
}

export interface CampaignReport {
  queued: number;
  sent: number;
  failed: number;
  skipped: number;
  /** Addresses that do not exist (hard bounces), suppressed from then on. */
  bounced: number;
  /** Recipients of this issue who have unsubscribed since it started. */
  unsubscribed: number;
  /** Clicks on its links and the readers who clicked (first-party, only when counting is on). */
  clicks: number;
  readers: number;
}

export async function campaignReport(ctx: AppContext, campaign: Campaign): Promise<CampaignReport> {
  const rows = await ctx.db
    .select({ status: deliveries.status, n: count() })
    .from(deliveries)
    .where(eq(deliveries.campaignId, campaign.id))
    .groupBy(deliveries.status);
  const by = new Map(rows.map((row) => [row.status, row.n]));
  const [left] = campaign.startedAt
    ? await ctx.db
        .select({ n: count() })
        .from(deliveries)
        .innerJoin(subscribers, eq(subscribers.id, deliveries.subscriberId))
        .where(
          and(
            eq(deliveries.campaignId, campaign.id),
            sql`${subscribers.unsubscribedAt} >= ${campaign.startedAt}`,
            inArray(subscribers.status, ["unsubscribed", "complained", "objected"]),
          ),
        )
    : [{ n: 0 }];
  return {
    queued: by.get("queued") ?? 0,
    sent: by.get("sent") ?? 0,
    failed: by.get("failed") ?? 0,
    skipped: by.get("skipped") ?? 0,
    bounced: by.get("bounced") ?? 0,
    unsubscribed: left?.n ?? 0,
    ...(await clickCounts(ctx, campaign.id)),
  };
}
