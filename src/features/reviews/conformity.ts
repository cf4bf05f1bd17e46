import { parisDay } from "../../calendar/index.ts";
import { csvDocument } from "../../platform/csv.ts";
import type { I18n } from "../../platform/i18n/index.ts";

/**
 * The yearly conformity report an auditor checks against NF ISO 20488 (and the DGCCRF against
 * D111-17): what came in, what became of it, how fast, and whether the bank invited without
 * choosing. Pure: the figures are computed here from facts the database gives
 * (conformity-report.ts), so a test can build a year by hand and check every number.
 */

/** One review received during the year, as it stands, with every refusal it met on the way. */
export interface ReviewFacts {
  receivedAt: Date;
  /** Written from an invitation (« Avis vérifié »), or spontaneous. */
  verified: boolean;
  status: "submitted" | "published" | "refused" | "held" | "withdrawn";
  /** Its first publication. */
  publishedAt: Date | null;
  /** Every refusal, in order (a corrected review may be refused, then published). */
  refusals: readonly { at: Date; reason: string }[];
  /** The bank's public answer. */
  answeredAt: Date | null;
}

export interface InvitationFacts {
  sentAt: Date;
  usedAt: Date | null;
}

export interface ConformityFigures {
  year: number;
  received: number;
  verified: number;
  spontaneous: number;
  published: number;
  /** Refused as they stand (not corrected since). */
  refused: number;
  /** Every refusal decision of the year, by reason, in the order of the fixed list; zeros included. */
  refusalsByReason: readonly { reason: string; count: number }[];
  withdrawn: number;
  /** Not decided yet: waiting for moderation or held at their author's choice. */
  waiting: number;
  /** From receipt to the first decision (publication or refusal), in hours; null when none was decided. */
  medianHoursToDecision: number | null;
  /** Decided after the published moderation delay, or still waiting beyond it. */
  beyondModerationDelay: number;
  answered: number;
  /** Among published reviews. */
  answeredShare: number | null;
  medianHoursToAnswer: number | null;
  invitationsSent: number;
  /** Reviews written from the invitations sent that year. */
  invitationsUsed: number;
  /** Percent, one decimal. */
  responseRate: number | null;
  /** Batches refused because they carried a satisfaction filter. */
  filtersRefused: number;
}

const HOUR = 3_600_000;

/** The middle value (the mean of the two middle ones for an even count), one decimal. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

const inYear = (at: Date, year: number) => parisDay(at).year === year;

export function conformityFigures(input: {
  year: number;
  now: Date;
  reviews: readonly ReviewFacts[];
  invitations: readonly InvitationFacts[];
  /** When a batch was refused for a satisfaction filter. */
  refusedFilters: readonly Date[];
  /** The fixed list of refusal reasons, in its order. */
  reasons: readonly string[];
  /** The published moderation delay, in days. */
  moderationDays: number;
}): ConformityFigures {
  const { year, now } = input;
  const reviews = input.reviews.filter((review) => inYear(review.receivedAt, year));
  const invitations = input.invitations.filter((invitation) => inYear(invitation.sentAt, year));
  const count = (test: (review: ReviewFacts) => boolean) => reviews.filter(test).length;
  const limit = input.moderationDays * 24 * HOUR;

  const decisionHours: number[] = [];
  let beyond = 0;
  for (const review of reviews) {
    const decidedAt = firstDecision(review);
    if (decidedAt) decisionHours.push((decidedAt.getTime() - review.receivedAt.getTime()) / HOUR);
    const waited = (decidedAt ?? (review.status === "submitted" ? now : null))?.getTime();
    if (waited !== undefined && waited - review.receivedAt.getTime() > limit) beyond++;
  }

  const byReason = new Map(input.reasons.map((reason) => [reason, 0]));
  for (const review of reviews)
    for (const refusal of review.refusals)
      byReason.set(refusal.reason, (byReason.get(refusal.reason) ?? 0) + 1);

  const everPublished = reviews.filter((review) => review.publishedAt !== null);
  const answered = everPublished.filter((review) => review.answeredAt !== null);
  const used = invitations.filter((invitation) => invitation.usedAt !== null).length;

  return {
    year,
    received: reviews.length,
    verified: count((review) => review.verified),
    spontaneous: count((review) => !review.verified),
    published: count((review) => review.status === "published"),
    refused: count((review) => review.status === "refused"),
    refusalsByReason: [...byReason].map(([reason, n]) => ({ reason, count: n })),
    withdrawn: count((review) => review.status === "withdrawn"),
    waiting: count((review) => review.status === "submitted" || review.status === "held"),
    medianHoursToDecision: median(decisionHours),
    beyondModerationDelay: beyond,
    answered: answered.length,
    answeredShare: share(answered.length, everPublished.length),
    medianHoursToAnswer: median(
      answered.map((review) => (review.answeredAt!.getTime() - review.publishedAt!.getTime()) / HOUR),
    ),
    invitationsSent: invitations.length,
    invitationsUsed: used,
    responseRate: share(used, invitations.length),
    filtersRefused: input.refusedFilters.filter((at) => inYear(at, year)).length,
  };
}

function firstDecision(review: ReviewFacts): Date | null {
  const times = [review.publishedAt, ...review.refusals.map((refusal) => refusal.at)].filter(
    (at): at is Date => at !== null,
  );
  return times.length === 0 ? null : new Date(Math.min(...times.map((at) => at.getTime())));
}

/**
 * The report as lines of (indicator, value), in the reader's language: the page's table and the
 * CSV say the same thing in the same order. A figure that cannot be computed (no review decided)
 * reads "—", never 0.
 */
export function conformityLines(
  i18n: I18n,
  figures: ConformityFigures,
  options: { moderationDays: number; reasonLabel: (reason: string) => string },
): [string, string | number][] {
  const { t } = i18n;
  const orNone = (value: number | null) => (value === null ? t("reviews.conformity.none") : value);
  return [
    [t("reviews.conformity.year"), figures.year],
    [t("reviews.conformity.received"), figures.received],
    [t("reviews.conformity.verified"), figures.verified],
    [t("reviews.conformity.spontaneous"), figures.spontaneous],
    [t("reviews.conformity.published"), figures.published],
    [t("reviews.conformity.refused"), figures.refused],
    ...figures.refusalsByReason.map(({ reason, count }): [string, number] => [
      t("reviews.conformity.refusal", { reason: options.reasonLabel(reason) }),
      count,
    ]),
    [t("reviews.conformity.withdrawn"), figures.withdrawn],
    [t("reviews.conformity.waiting"), figures.waiting],
    [t("reviews.conformity.medianDecision"), orNone(figures.medianHoursToDecision)],
    [t("reviews.conformity.beyond", { days: options.moderationDays }), figures.beyondModerationDelay],
    [t("reviews.conformity.answered"), figures.answered],
    [t("reviews.conformity.answeredShare"), orNone(figures.answeredShare)],
    [t("reviews.conformity.medianAnswer"), orNone(figures.medianHoursToAnswer)],
    [t("reviews.conformity.invitationsSent"), figures.invitationsSent],
    [t("reviews.conformity.invitationsUsed"), figures.invitationsUsed],
    [t("reviews.conformity.responseRate"), orNone(figures.responseRate)],
    [t("reviews.conformity.filtersRefused"), figures.filtersRefused],
  ];
}

/** The same lines as CSV, through the one CSV writer (a reason's label typed as a formula stays text). */
export function conformityCsv(i18n: I18n, lines: readonly (readonly [string, string | number])[]): string {
  return csvDocument([i18n.t("reviews.conformity.indicator"), i18n.t("reviews.conformity.value")], lines);
}
