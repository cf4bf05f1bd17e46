import { and, desc, eq, gte, isNotNull, isNull, lt, lte, not, or, type SQL, sql } from "drizzle-orm";
import { isoDay, parisDay } from "../../../calendar/index.ts";
import type { AppContext } from "../../../platform/context.ts";
import { onePage, type Page } from "../../../platform/http/paging.ts";
import { complaints, conversations } from "../schema.ts";
import type { ComplaintEntry } from "./register.ts";

/**
 * The register of complaints as compliance reads it: filtered by year of receipt, product and
 * status (open, late: unanswered past its due day, answered), in pages; whole for the CSV the
 * regulator's annual return is made from; summed up by product and root cause; and the
 * classifier's error rate measured on the advisors' reviews.
 */
export const REGISTER_STATUSES = ["open", "late", "answered"] as const;
export type RegisterStatus = (typeof REGISTER_STATUSES)[number];

export interface RegisterFilters {
  year: number;
  product?: string | undefined;
  status?: RegisterStatus | undefined;
}

export interface RegisterRow extends ComplaintEntry {
  subject: string;
}

/** Late: the answer's day has passed, or the acknowledgement's without one sent (answered ones aside). */
const late = (today: string) =>
  or(
    lt(complaints.answerBy, today),
    and(isNull(complaints.acknowledgedAt), lt(complaints.acknowledgeBy, today)),
  )!;

function conditions(ctx: AppContext, filters: RegisterFilters): SQL | undefined {
  const today = isoDay(parisDay(ctx.clock.now()));
  return and(
    gte(complaints.receivedOn, `${filters.year}-01-01`),
    lte(complaints.receivedOn, `${filters.year}-12-31`),
    filters.product ? eq(complaints.product, filters.product) : undefined,
    filters.status === "answered" ? isNotNull(complaints.answeredAt) : undefined,
    filters.status === "open" ? and(isNull(complaints.answeredAt), not(late(today))) : undefined,
    filters.status === "late" ? and(isNull(complaints.answeredAt), late(today)) : undefined,
  );
}

const rows = (ctx: AppContext, filters: RegisterFilters) =>
  ctx.db
    .select({ entry: complaints, subject: conversations.subject })
    .from(complaints)
    .innerJoin(conversations, eq(conversations.id, complaints.conversationId))
    .where(conditions(ctx, filters))
    .orderBy(desc(complaints.receivedOn), desc(complaints.id));

const flat = (found: { entry: ComplaintEntry; subject: string }[]): RegisterRow[] =>
  found.map(({ entry, subject }) => ({ ...entry, subject }));

export async function registerPage(
  ctx: AppContext,
  filters: RegisterFilters,
  page: number,
): Promise<Page<RegisterRow>> {
  return onePage(
    page,
    async () => (await ctx.db.$count(complaints, conditions(ctx, filters))) ?? 0,
    async (limit, offset) => flat(await rows(ctx, filters).limit(limit).offset(offset)),
  );
}

/** Every entry the filters keep, for the CSV export. */
export async function registerEntries(ctx: AppContext, filters: RegisterFilters): Promise<RegisterRow[]> {
  return flat(await rows(ctx, filters));
}

/** The products named in the register, for the filter. */
export async function registerProducts(ctx: AppContext): Promise<string[]> {
  const found = await ctx.db
    .selectDistinct({ product: complaints.product })
    .from(complaints)
    .where(isNotNull(complaints.product))
    .orderBy(complaints.product);
  return found.map((r) => r.product!);
}

/** The years that have complaints, newest first (this year always). */
export async function registerYears(ctx: AppContext): Promise<number[]> {
  const found = await ctx.db.execute<{ year: number }>(
    sql`select distinct extract(year from received_on)::int as year from inbox_complaints`,
  );
  const thisYear = parisDay(ctx.clock.now()).year;
  return [...new Set([thisYear, ...found.rows.map((r) => Number(r.year))])].sort((a, b) => b - a);
}

export interface SummaryLine {
  product: string | null;
  rootCause: string | null;
  received: number;
  answered: number;
  answeredInTime: number;
  /** Calendar days from receipt to answer, the median of those answered; null when none is. */
  medianDays: number | null;
}

/** The year by product and root cause: how many, how many answered and in time, the median delay. */
export async function yearlySummary(ctx: AppContext, year: number): Promise<SummaryLine[]> {
  const found = await ctx.db.execute<{
    product: string | null;
    root_cause: string | null;
    received: number;
    answered: number;
    in_time: number;
    median_days: number | null;
  }>(sql`
    select product, root_cause,
      count(*)::int as received,
      count(answered_at)::int as answered,
      count(*) filter (where (answered_at at time zone 'Europe/Paris')::date <= answer_by)::int as in_time,
      percentile_cont(0.5) within group (
        order by (answered_at at time zone 'Europe/Paris')::date - received_on
      ) filter (where answered_at is not null) as median_days
    from inbox_complaints
    where received_on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date
    group by product, root_cause
    order by product nulls last, root_cause nulls last`);
  return found.rows.map((r) => ({
    product: r.product,
    rootCause: r.root_cause,
    received: Number(r.received),
    answered: Number(r.answered),
    answeredInTime: Number(r.in_time),
    medianDays: r.median_days === null ? null : Number(r.median_days),
  }));
}

export interface LabelErrors {
  reviewed: number;
  complaintFalsePositives: number;
  complaintFalseNegatives: number;
  paymentFalsePositives: number;
  paymentFalseNegatives: number;
}

/** The classifier against the advisors' confirmations and corrections (inbox_label_reviews). */
export async function classifierErrors(ctx: AppContext): Promise<LabelErrors> {
  const found = await ctx.db.execute<Record<keyof LabelErrors, number>>(sql`
    select count(*)::int as "reviewed",
      count(*) filter (where predicted_complaint and not confirmed_complaint)::int as "complaintFalsePositives",
      count(*) filter (where not predicted_complaint and confirmed_complaint)::int as "complaintFalseNegatives",
      count(*) filter (where predicted_payment_service and not confirmed_payment_service)::int as "paymentFalsePositives",
      count(*) filter (where not predicted_payment_service and confirmed_payment_service)::int as "paymentFalseNegatives"
    from inbox_label_reviews`);
  const row = found.rows[0]!;
  return {
    reviewed: Number(row.reviewed),
    complaintFalsePositives: Number(row.complaintFalsePositives),
    complaintFalseNegatives: Number(row.complaintFalseNegatives),
    paymentFalsePositives: Number(row.paymentFalsePositives),
    paymentFalseNegatives: Number(row.paymentFalseNegatives),
  };
}
