import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { POSTING_WINDOW_MINUTES } from "../../platform/http/posting-limits.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { linksIn } from "../../text/markdown.ts";
import {
  LIMITS,
  recentPosts,
  reputationOf,
  sandboxProblem,
  type TrustLevel,
  trustLevel,
} from "./reputation.ts";

/**
 * A member's trust level, kept a minute per instance: summing every post of theirs on each post
 * they write was the costliest read of a reply, and a member who earns their tenth point leaves
 * the sandbox at most a minute later.
 */
function memberLevel(ctx: AppContext, accountId: number): Promise<TrustLevel> {
  return ctx.memory
    .of<number, TrustLevel>("community.trust-level", { ttlMs: 60_000, max: 10_000 })
    .get(accountId, async () => trustLevel((await reputationOf(ctx, accountId)).points, false));
}

/**
 * The sandbox: a new member's post may hold only a few links and mentions, and they may post
 * only so many times a day, until others have found their posts useful (reputation.ts).
 */
export async function sandboxProblems(
  ctx: AppContext,
  actor: Actor,
  body: string,
  options: { newPost: boolean },
): Promise<FieldErrors> {
  const { outside, mentions } = linksIn(body);
  const staff = isStaffRole(actor.role);
  const [level, recent] = await Promise.all([
    staff ? ("staff" as const) : memberLevel(ctx, actor.id),
    options.newPost ? recentPosts(ctx, actor.id, POSTING_WINDOW_MINUTES) : { day: 0, window: 0 },
  ]);
  // Everyone, staff included, has a ceiling per ten minutes (a stuck script, a stolen session).
  if (recent.window >= ctx.limits.posting) return { body: "community.rate.tooFast" };
  const problem = sandboxProblem(LIMITS[level], {
    links: outside,
    mentions: mentions.length,
    postsToday: staff ? 0 : recent.day,
  });
  return problem ? { body: problem } : {};
}
