import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { POSTING_WINDOW_MINUTES } from "../../platform/http/posting-limits.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { linksIn } from "../../text/markdown.ts";
import { publicationScreen } from "./publication-screen.ts";
import {
  type AuthorRecord,
  authorRecordOf,
  LIMITS,
  reputationOf,
  sandboxProblem,
  type TrustLevel,
  trustLevel,
} from "./reputation.ts";

/**
 * Members' trust levels, kept a minute per instance: summing every post of theirs on each post
 * they write was the costliest read of a reply, and a member who earns their tenth point leaves
 * the sandbox at most a minute later.
 */
const levels = (ctx: AppContext) =>
  ctx.memory.of<number, TrustLevel>("community.trust-level", { ttlMs: 60_000, max: 10_000 });

function memberLevel(ctx: AppContext, accountId: number): Promise<TrustLevel> {
  return levels(ctx).get(accountId, async () =>
    trustLevel((await reputationOf(ctx, accountId)).points, false),
  );
}

/** The author of a new post as its checks see them: their level, and their record read once. */
export interface NewPostAuthor {
  level: TrustLevel;
  /** Also handed to the screening (publishing.ts), which would otherwise read its counts again. */
  record: AuthorRecord;
}

/**
 * One statement for a new post's author: the counts the sandbox and the screening need, and the
 * reputation when their level is not kept.
 */
export async function newPostAuthor(ctx: AppContext, actor: Actor): Promise<NewPostAuthor> {
  const kept = isStaffRole(actor.role) ? "staff" : levels(ctx).peek(actor.id);
  const record = await authorRecordOf(ctx, actor.id, {
    windowMinutes: POSTING_WINDOW_MINUTES,
    recentWindow: publicationScreen().recentWindow,
    withPoints: kept === undefined,
  });
  if (kept !== undefined) return { level: kept, record };
  const level = trustLevel(record.points ?? 0, false);
  await levels(ctx).get(actor.id, async () => level);
  return { level, record };
}

/**
 * The sandbox: a new member's post may hold only a few links and mentions, and they may post
 * only so many times a day, until others have found their posts useful (reputation.ts).
 * `author`: a new post's (newPostAuthor); an edit has none, and only its links and mentions count.
 */
export async function sandboxProblems(
  ctx: AppContext,
  actor: Actor,
  body: string,
  author?: NewPostAuthor,
): Promise<FieldErrors> {
  const { outside, mentions } = linksIn(body);
  const staff = isStaffRole(actor.role);
  const level = author?.level ?? (staff ? "staff" : await memberLevel(ctx, actor.id));
  const recent = author?.record ?? { day: 0, window: 0 };
  // Everyone, staff included, has a ceiling per ten minutes (a stuck script, a stolen session).
  if (recent.window >= ctx.limits.posting) return { body: "community.rate.tooFast" };
  const problem = sandboxProblem(LIMITS[level], {
    links: outside,
    mentions: mentions.length,
    postsToday: staff ? 0 : recent.day,
  });
  return problem ? { body: problem } : {};
}
