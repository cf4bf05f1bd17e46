import { and, eq, inArray, sql } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { declareQueue } from "../../platform/jobs/jobs.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { isHardBounce } from "../../platform/mail/mailer.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { trackLinks } from "./clicks.ts";
import { campaigns, deliveries, subscribers } from "./schema.ts";
import { suppress, unsubscribeUrl } from "./service.ts";
import { suppressedAmong, suppressionKey } from "./suppression.ts";
import { versionFor } from "./versions.ts";

/**
 * Sending a campaign in the background (pg-boss): one job snapshots the subscribers active at
 * that moment, then delivery jobs of a few dozen messages each go out at the configured rate,
 * retried with back-off. Each message is checked against the subscriber's status at the moment
 * it is sent, so an unsubscribe is honoured at once, even in the middle of a send.
 */
const RETRIES = { retryLimit: 3, retryDelay: 30, retryBackoff: true };
export const CAMPAIGN_QUEUE = declareQueue("newsletter-campaign", RETRIES);
export const DELIVERY_QUEUE = declareQueue("newsletter-delivery", RETRIES);
const BATCH = 50;

type CampaignRow = typeof campaigns.$inferSelect;

/**
 * One issue as an e-mail for a subscriber reading `locale` (their version, or the other one when
 * theirs was not written, with the template in the version's language); `subscriberId` null for
 * a test send (no unsubscribe link). The author writes the whole letter, greeting included: the
 * template adds none, so what the approver previews is what the subscriber reads.
 */
export function campaignMail(
  ctx: AppContext,
  campaign: CampaignRow,
  locale: Locale,
  subscriberId: number | null,
) {
  const version = versionFor(campaign, locale);
  const i18n = i18nFor(version.locale);
  const html = renderMarkdown(version.body);
  return composeMail(i18n, ctx.config.bankName, {
    subject: subscriberId === null ? `[${i18n.t("campaign.testTag")}] ${version.subject}` : version.subject,
    paragraphs: [],
    // Markdown reads well as it is: the source is the plain-text part, paragraphs kept.
    body: {
      html:
        ctx.config.newsletter.clickCounting && subscriberId !== null
          ? trackLinks(ctx, html, campaign.id, subscriberId)
          : html,
      text: version.body,
    },
    footnote: i18n.t("campaign.mail.why"),
    sender: `${ctx.config.bankName} — ${ctx.config.newsletter.postalAddress}`,
    ...(subscriberId === null
      ? {}
      : {
          unsubscribe: { label: i18n.t("campaign.mail.unsubscribe"), url: unsubscribeUrl(ctx, subscriberId) },
        }),
  });
}

/**
 * Starts an approved campaign: one command claims it ('approved' → 'sending'), snapshots its
 * recipients and queues their delivery jobs, so a failure on the way leaves it approved, with
 * no recipient and no job, and the job's retry starts it whole (it stayed 'sending' with
 * nothing to send). Two starts at once (a retry overlapping a slow first run): one claims it.
 * Exported for tests, which run the job when they choose.
 */
export async function startCampaign(ctx: AppContext, campaignId: number): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const [campaign] = await ctx.db
      .update(campaigns)
      .set({ status: "sending", startedAt: ctx.clock.now(), updatedAt: ctx.clock.now() })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.status, "approved")))
      .returning();
    if (!campaign) return;
    // Only confirmed, still-subscribed addresses (pending, unsubscribed, bounced, complaining and
    // objecting ones are never sent to), in the campaign's lists if it names some, with all its tags.
    await ctx.db.execute(sql`
      insert into newsletter_deliveries (campaign_id, subscriber_id)
      select c.id, s.id
        from newsletter_campaigns c
        join newsletter_subscribers s on s.status = 'active' and s.restricted_at is null
       where c.id = ${campaignId}
         and s.tags @> c.tags
         and (cardinality(c.list_ids) = 0 or exists (
               select 1 from newsletter_list_members m where m.subscriber_id = s.id and m.list_id = any(c.list_ids)))
      on conflict do nothing`);
    const queued = await ctx.db
      .select({ id: deliveries.id })
      .from(deliveries)
      .where(and(eq(deliveries.campaignId, campaignId), eq(deliveries.status, "queued")))
      .orderBy(deliveries.id);
    const perBatchMs = (BATCH * 60_000) / ctx.config.newsletter.sendPerMinute;
    for (let i = 0; i * BATCH < queued.length; i++) {
      const ids = queued.slice(i * BATCH, (i + 1) * BATCH).map((row) => row.id);
      // The pace is a delay the queue measures, not a date: it holds whatever the app's clock says.
      await ctx.jobs.sendWithin(
        ctx.db,
        DELIVERY_QUEUE,
        { campaignId, deliveryIds: ids },
        Math.round((i * perBatchMs) / 1000),
      );
    }
    await finishIfDone(ctx, campaignId);
  });
}

async function deliver(ctx: AppContext, campaignId: number, deliveryIds: number[]): Promise<void> {
  const [campaign] = await ctx.db.select().from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) return;
  const rows = await ctx.db
    .select({ delivery: deliveries, subscriber: subscribers })
    .from(deliveries)
    .innerJoin(subscribers, eq(subscribers.id, deliveries.subscriberId))
    .where(and(inArray(deliveries.id, deliveryIds), eq(deliveries.status, "queued")));
  // The last guard: whatever made a row active, an address on the suppression list gets nothing.
  const suppressed = await suppressedAmong(
    ctx.db,
    suppressionKey(ctx.config),
    rows.map((row) => row.subscriber.email),
  );
  let failures = 0;
  for (const { delivery, subscriber } of rows) {
    if (
      subscriber.status !== "active" ||
      subscriber.restrictedAt ||
      suppressed.has(subscriber.email.toLowerCase())
    ) {
      await ctx.db.update(deliveries).set({ status: "skipped" }).where(eq(deliveries.id, delivery.id));
      continue;
    }
    try {
      await ctx.mailer.send({
        stableId: `campaign ${campaign.id} ${campaign.createdAt.toISOString()} delivery ${delivery.id}`,
        to: subscriber.email,
        ...campaignMail(ctx, campaign, subscriber.locale, subscriber.id),
      });
      await ctx.db
        .update(deliveries)
        .set({ status: "sent", sentAt: ctx.clock.now(), attempts: delivery.attempts + 1, error: null })
        .where(eq(deliveries.id, delivery.id));
    } catch (error) {
      const attempts = delivery.attempts + 1;
      if (isHardBounce(error)) {
        // The address does not exist: never again, and not a failure to retry.
        await ctx.db
          .update(deliveries)
          .set({ status: "bounced", attempts, error: String(error).slice(0, 500) })
          .where(eq(deliveries.id, delivery.id));
        await suppress(ctx, subscriber, "bounced");
        continue;
      }
      failures++;
      await ctx.db
        .update(deliveries)
        .set({
          attempts,
          error: String(error).slice(0, 500),
          status: attempts > RETRIES.retryLimit ? "failed" : "queued",
        })
        .where(eq(deliveries.id, delivery.id));
    }
  }
  await finishIfDone(ctx, campaignId);
  // pg-boss retries the job with back-off; the messages already sent are not sent again.
  if (failures > 0) throw new Error(`${failures} message(s) of campaign ${campaignId} not sent yet`);
}

async function finishIfDone(ctx: AppContext, campaignId: number): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.execute(sql`
    update newsletter_campaigns set status = 'sent', finished_at = ${now}, updated_at = ${now}
     where id = ${campaignId} and status = 'sending'
       and not exists (select 1 from newsletter_deliveries where campaign_id = ${campaignId} and status = 'queued')`);
}

/** The newsletter's queues exist before the first job is sent to them. */
export async function ensureNewsletterQueues(ctx: AppContext): Promise<void> {
  await ctx.jobs.queue(CAMPAIGN_QUEUE, RETRIES);
  await ctx.jobs.queue(DELIVERY_QUEUE, RETRIES);
}

/** Starts the newsletter's workers (in `serve`, and in a separate `worker` process in production). */
export async function startNewsletterWorkers(ctx: AppContext): Promise<void> {
  await ensureNewsletterQueues(ctx);
  await ctx.jobs.work<{ campaignId: number }>(CAMPAIGN_QUEUE, ({ campaignId }) =>
    startCampaign(ctx, campaignId),
  );
  await ctx.jobs.work<{ campaignId: number; deliveryIds: number[] }>(
    DELIVERY_QUEUE,
    ({ campaignId, deliveryIds }) => deliver(ctx, campaignId, deliveryIds),
  );
}
