import { sql } from "drizzle-orm";
import { addDays, isoDay, parisDay } from "../calendar/index.ts";
import { answer } from "../features/inbox/answers.ts";
import { approveAnswer } from "../features/inbox/approvals.ts";
import { correctReview } from "../features/reviews/author.ts";
import type { InvitationRow } from "../features/reviews/invitation-input.ts";
import { inviteBatch, refuseFilteredBatch } from "../features/reviews/invitations.ts";
import { publishReview, refuseReview } from "../features/reviews/moderation.ts";
import { emptyReview, type TypedReview } from "../features/reviews/typed.ts";
import { writeFromInvitation, writeSpontaneous } from "../features/reviews/writing.ts";
import type { Actor } from "../platform/auth/actor.ts";
import type { AppContext } from "../platform/context.ts";
import { i18nFor } from "../platform/i18n/index.ts";
import { type DemoReview, demoReviews } from "./reviews-content.ts";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The same context at another moment: what the demo did on that day, it did at that time. */
const at = (ctx: AppContext, when: Date): AppContext => ({ ...ctx, clock: { now: () => when } });

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * The demo's reviews, written through the reviews' own commands as the months went: invitations
 * sent by month to the clients of real interactions (twice as many as answered), reviews
 * written from them or spontaneously by members, checked by the community team (four refused,
 * each for a fixed reason, with the statement of reasons), answered by advisors through the inbox,
 * two updated by their authors after the answer, one held at its author's choice. A batch that
 * tried to invite only satisfied clients is in the register, refused. Runs once, into no reviews.
 */
export async function seedReviews(ctx: AppContext, who: (key: string) => Actor, now: Date): Promise<number> {
  const { rows } = await ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from reviews`);
  if (Number(rows[0]!.n) > 0) return 0;
  const karim = who("karim");
  const reviews = demoReviews();
  // The administrator sends the invitations and Karim moderates: whoever invites never decides on what came of it.
  const tokens = await sendInvitations(ctx, who("admin"), reviews, now);
  await refuseFilteredBatch(at(ctx, new Date(now.getTime() - 200 * DAY)), {
    origin: "api",
    createdBy: null,
    label: "Export CRM « clients satisfaits »",
    filter: "nps_min",
  });

  let written = 0;
  for (const item of reviews) {
    const when = new Date(now.getTime() - item.daysAgo * DAY + 9 * HOUR);
    const typed: TypedReview = {
      ...emptyReview(),
      rating: String(item.rating),
      title: item.title,
      body: item.body,
      product: item.product,
      experienceDate: isoDay(addDays(parisDay(when), -item.experienceDaysBefore)),
      hold: item.hold ? "1" : "",
    };
    const writing = { typed, confirmMasking: true, reader: i18nFor("fr") };
    const token = tokens.get(item);
    const author = item.member ? who(item.member) : null;
    const outcome = token
      ? await writeFromInvitation(at(ctx, when), null, token, writing)
      : await writeSpontaneous(at(ctx, when), author!, writing);
    if (!outcome.ok) throw new Error(`Demo review "${item.title}" refused: ${JSON.stringify(outcome)}`);
    written++;
    const decidedAt = new Date(Math.min(when.getTime() + 5 * HOUR, now.getTime()));
    if (item.refusal) {
      await refuseReview(at(ctx, decidedAt), karim, outcome.reviewId, item.refusal);
      continue;
    }
    await publishReview(at(ctx, decidedAt), karim, outcome.reviewId);
    if (!item.answer) continue;
    const answeredAt = new Date(Math.min(decidedAt.getTime() + item.answer.afterHours * HOUR, now.getTime()));
    const conversation = await ctx.db.execute<{ id: string }>(
      sql`select conversation_id as id from reviews where id = ${outcome.reviewId}`,
    );
    const conversationId = Number(conversation.rows[0]?.id);
    if (!conversationId) continue;
    const sent = await answer(at(ctx, answeredAt), who(item.answer.by), conversationId, {
      body: item.answer.body,
      public: true,
      statusAfter: "resolved",
    });
    // A review read as a complaint is answered in public once compliance approves.
    if (sent.delivery === "pending_approval")
      await approveAnswer(at(ctx, new Date(answeredAt.getTime() + HOUR)), who("sophie"), sent.messageId, {
        body: item.answer.body,
        statusAfter: "resolved",
      });
    if (item.update) {
      const updatedAt = new Date(Math.min(answeredAt.getTime() + 3 * DAY, now.getTime()));
      const corrected = await correctReview(
        at(ctx, updatedAt),
        author,
        author ? { accountId: author.id } : { key: outcome.authorKey! },
        outcome.reviewId,
        {
          ...writing,
          typed: {
            ...typed,
            rating: String(item.update.rating),
            title: item.update.title,
            body: item.update.body,
          },
        },
      );
      if (!corrected.ok)
        throw new Error(`Demo update of "${item.title}" refused: ${JSON.stringify(corrected)}`);
      // An update waits in the queue like a new review; the community team accepted it that evening.
      const accepted = await publishReview(
        at(ctx, new Date(Math.min(updatedAt.getTime() + 5 * HOUR, now.getTime()))),
        karim,
        outcome.reviewId,
      );
      if (!accepted.ok)
        throw new Error(`Demo update of "${item.title}" not accepted: ${JSON.stringify(accepted)}`);
    }
  }
  return written;
}

/**
 * One batch a month (the month's appointments and subscriptions), sent the day before the month's
 * first review: its reviewers, and as many who never wrote. Returns each invited
 * review's token, as its e-mail carried it.
 */
async function sendInvitations(
  ctx: AppContext,
  sender: Actor,
  reviews: readonly DemoReview[],
  now: Date,
): Promise<Map<DemoReview, string>> {
  const months = new Map<string, DemoReview[]>();
  for (const review of reviews) {
    if (!review.invited) continue;
    const month = isoDay(parisDay(new Date(now.getTime() - review.daysAgo * DAY))).slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), review]);
  }
  const tokens = new Map<DemoReview, string>();
  let n = 0;
  for (const [month, invitedReviews] of months) {
    const first = Math.max(...invitedReviews.map((review) => review.daysAgo));
    const sentAt = new Date(now.getTime() - (first + 1) * DAY);
    const experienceOn = addDays(parisDay(sentAt), -3);
    const rows: InvitationRow[] = [];
    const byLine = new Map<number, DemoReview>();
    for (const review of invitedReviews) {
      const { firstName, lastName } = review.invited!;
      rows.push(
        row(
          rows.length + 1,
          `${slug(firstName)}.${slug(lastName)}.${++n}@demo.confiance.example`,
          firstName,
          lastName,
          experienceOn,
        ),
      );
      byLine.set(rows.length, review);
    }
    for (let i = 0; i < invitedReviews.length; i++)
      rows.push(row(rows.length + 1, `client.${++n}@demo.confiance.example`, "", "", experienceOn));
    const sent = await inviteBatch(at(ctx, sentAt), {
      origin: "csv",
      createdBy: sender,
      label: `Rendez-vous et souscriptions ${month}`,
      rows,
    });
    for (const [line, review] of byLine) tokens.set(review, sent.tokens.get(line)!);
  }
  return tokens;
}

const row = (
  line: number,
  email: string,
  firstName: string,
  lastName: string,
  experienceOn: ReturnType<typeof parisDay>,
): InvitationRow => ({
  line,
  email,
  firstName,
  lastName,
  reference: `RDV-${String(line).padStart(4, "0")}`,
  experienceOn,
  product: null,
  locale: "fr",
});
