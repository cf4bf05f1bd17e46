import {
  type Change,
  compareNps,
  compareProportions,
  type NpsCounts,
  nps,
  proportion,
  type Verdict,
  verdictOf,
} from "../../stats/index.ts";

/**
 * The Conversation Index (docs/barometer.md, "The Conversation Index"): per Paris week, whether
 * the bank converses with its clients rather than broadcasts at them, in six components and one
 * score. Pure: the figures come in as counts (conversation-index-query.ts reads them), and every
 * share, interval and test is src/stats's.
 */

/** One week's counts, as read from the community, the inbox and the barometer's survey. */
export interface ConversationWeekCounts {
  /** The week's Monday, ISO "2026-03-09". */
  week: string;
  /** Client questions opened that week: community topics of the question kind, private conversations. */
  publicQuestions: number;
  publicAnswered: number;
  /** Of the public questions, those with an accepted answer. */
  publicSolved: number;
  privateQuestions: number;
  privateAnswered: number;
  /** Median hours to the first bank answer, over the answered ones; null: none answered. */
  publicMedianHours: number | null;
  privateMedianHours: number | null;
  /** Staff posts in the community, and those that answer in a topic rather than open one. */
  staffPosts: number;
  staffReplies: number;
  /** Complaints whose final answer was due that week, and those answered in time. */
  complaintsDue: number;
  complaintsInTime: number;
  /** The NPS answers of the barometer wave running that week; null: no wave. */
  promoters: NpsCounts | null;
}

export const COMPONENTS = [
  "answered",
  "publicResponseTime",
  "privateResponseTime",
  "conversation",
  "solvedInPublic",
  "complaintsInTime",
  "netPromoters",
] as const;
export type ComponentName = (typeof COMPONENTS)[number];

/** How a component moved since the previous week. */
export interface Trend {
  /** This week minus the previous, in the component's unit (a share, hours, NPS points). */
  difference: number;
  /** The test (shares: pooled two-proportion z; NPS: multinomial variances); null for medians. */
  change: Change | null;
  verdict: Verdict | null;
}

export interface Component {
  name: ComponentName;
  /** A share (0–1), hours, or NPS points (−100…100). */
  value: number;
  /** The 95 % interval of a share or an NPS; null for medians. */
  ci95: [number, number] | null;
  /** How many questions, posts, complaints or answers it rests on. */
  n: number;
  /** Its place on the index's 0–100 scale (the formula in docs/barometer.md). */
  score: number;
  trend: Trend | null;
}

export interface ConversationIndexWeek {
  week: string;
  /** The mean of the scores of the components that rest on at least one item; null: none does. */
  index: number | null;
  components: Partial<Record<ComponentName, Component>>;
  /** The index minus the previous week's, when both exist. */
  indexTrend: number | null;
}

/** An answer within the hour scores almost 100; after RESPONSE_HOURS_ZERO hours, 0. */
export const RESPONSE_HOURS_ZERO = 48;

export const responseTimeScore = (hours: number): number =>
  100 * Math.max(0, 1 - hours / RESPONSE_HOURS_ZERO);
export const npsScore = (points: number): number => (points + 100) / 2;

type Share = { k: number; n: number };

function shares(week: ConversationWeekCounts): Partial<Record<ComponentName, Share>> {
  return {
    answered: {
      k: week.publicAnswered + week.privateAnswered,
      n: week.publicQuestions + week.privateQuestions,
    },
    conversation: { k: week.staffReplies, n: week.staffPosts },
    solvedInPublic: { k: week.publicSolved, n: week.publicQuestions },
    complaintsInTime: { k: week.complaintsInTime, n: week.complaintsDue },
  };
}

function shareComponent(name: ComponentName, now: Share, before: Share | undefined): Component {
  const estimate = proportion(now);
  const change = before && before.n > 0 ? compareProportions(before, now) : null;
  return {
    name,
    value: estimate.estimate,
    ci95: estimate.ci95,
    n: now.n,
    score: 100 * estimate.estimate,
    trend: change && before ? { difference: change.difference, change, verdict: verdictOf(change) } : null,
  };
}

function medianComponent(
  name: ComponentName,
  hours: number | null,
  n: number,
  before: number | null | undefined,
): Component | undefined {
  if (hours === null || n === 0) return undefined;
  return {
    name,
    value: hours,
    ci95: null,
    n,
    score: responseTimeScore(hours),
    trend:
      before === null || before === undefined
        ? null
        : { difference: hours - before, change: null, verdict: null },
  };
}

const npsTotal = (counts: NpsCounts | null) =>
  counts ? counts.promoters + counts.passives + counts.detractors : 0;

function npsComponent(now: NpsCounts | null, before: NpsCounts | null | undefined): Component | undefined {
  if (!now || npsTotal(now) === 0) return undefined;
  const estimate = nps(now);
  const change = before && npsTotal(before) > 0 ? compareNps(before, now) : null;
  return {
    name: "netPromoters",
    value: estimate.nps,
    ci95: estimate.ci95,
    n: estimate.n,
    score: npsScore(estimate.nps),
    trend: change ? { difference: change.difference, change, verdict: verdictOf(change) } : null,
  };
}

/** One week's index from its counts and the previous week's (for the trends). */
export function conversationIndexWeek(
  week: ConversationWeekCounts,
  previous: ConversationWeekCounts | undefined,
  previousIndex: number | null = null,
): ConversationIndexWeek {
  const components: Partial<Record<ComponentName, Component>> = {};
  const before = previous ? shares(previous) : {};
  for (const [name, share] of Object.entries(shares(week)) as [ComponentName, Share][])
    if (share.n > 0) components[name] = shareComponent(name, share, before[name]);
  const medians: [ComponentName, number | null, number, number | null | undefined][] = [
    ["publicResponseTime", week.publicMedianHours, week.publicAnswered, previous?.publicMedianHours],
    ["privateResponseTime", week.privateMedianHours, week.privateAnswered, previous?.privateMedianHours],
  ];
  for (const [name, hours, n, earlier] of medians) {
    const component = medianComponent(name, hours, n, earlier);
    if (component) components[name] = component;
  }
  const promoters = npsComponent(week.promoters, previous?.promoters);
  if (promoters) components.netPromoters = promoters;
  const scores = Object.values(components).map((component) => component.score);
  const index = scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return {
    week: week.week,
    index,
    components,
    indexTrend: index !== null && previousIndex !== null ? index - previousIndex : null,
  };
}

/**
 * The index of consecutive weeks (oldest first, one entry per week, empty weeks included); the
 * first week is compared with `before`, the week just before the range, when given.
 */
export function conversationIndex(
  weeks: readonly ConversationWeekCounts[],
  before?: ConversationWeekCounts,
): ConversationIndexWeek[] {
  const result: ConversationIndexWeek[] = [];
  let previous = before;
  let previousIndex = before ? conversationIndexWeek(before, undefined).index : null;
  for (const week of weeks) {
    const computed = conversationIndexWeek(week, previous, previousIndex);
    result.push(computed);
    previous = week;
    previousIndex = computed.index;
  }
  return result;
}
