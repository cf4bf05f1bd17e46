import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { POSTING_WINDOW_MINUTES } from "../../platform/http/posting-limits.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { linksIn } from "../../text/markdown.ts";
import { LIMITS, recentPosts, reputationOf, sandboxProblem, trustLevel } from "./reputation.ts";

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
  const level = staff ? "staff" : trustLevel((await reputationOf(ctx, actor.id)).points, false);
  const recent = options.newPost
    ? await recentPosts(ctx, actor.id, POSTING_WINDOW_MINUTES)
    : { day: 0, window: 0 };
  // Everyone, staff included, has a ceiling per ten minutes (a stuck script, a stolen session).
  if (recent.window >= ctx.limits.posting) return { body: "community.rate.tooFast" };
  const problem = sandboxProblem(LIMITS[level], {
    links: outside,
    mentions: mentions.length,
    postsToday: staff ? 0 : recent.day,
  });
  return problem ? { body: problem } : {};
}
