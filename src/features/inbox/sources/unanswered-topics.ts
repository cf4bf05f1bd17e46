import { and, eq, inArray } from "drizzle-orm";
import type { AppContext } from "../../../platform/context.ts";
import type { ScheduledJob } from "../../../platform/jobs/jobs.ts";
import { topicsWaitingForStaff } from "../../community/index.ts";
import { receive } from "../receive.ts";
import { conversations, sourceRules, teams } from "../schema.ts";
import { postExternalId, sourceOfCategory, topicThread } from "./community-posts.ts";

const HOUR = 3_600_000;
/** How far back a topic may still be picked up once its rule is set (not the whole history). */
const LOOK_BACK = 14 * 24 * HOUR;
const TOPICS_PER_RUN = 200;

/**
 * Every ten minutes, once per cluster: in each category whose rule is "unanswered after N hours",
 * the topics where a member has waited N hours and no staff member has posted since become
 * conversations, with every member post since. A topic already followed is left alone (its new
 * posts reach the inbox as they are published).
 */
export function unansweredTopicsSchedule(ctx: AppContext): ScheduledJob {
  return { name: "inbox-unanswered-topics", cron: "*/10 * * * *", run: () => openUnansweredTopics(ctx) };
}

/** Returns how many conversations it opened. */
export async function openUnansweredTopics(ctx: AppContext): Promise<number> {
  const rules = await ctx.db
    .select({ categorySlug: sourceRules.categorySlug, hours: sourceRules.hours, teamSlug: teams.slug })
    .from(sourceRules)
    .leftJoin(teams, eq(teams.id, sourceRules.teamId))
    .where(eq(sourceRules.mode, "unanswered_after"));
  const now = ctx.clock.now().getTime();
  let opened = 0;
  for (const rule of rules) {
    const hours = Math.max(rule.hours ?? 0, 0);
    const source = sourceOfCategory(rule.categorySlug);
    const waiting = await topicsWaitingForStaff(ctx, rule.categorySlug, {
      waitingSince: new Date(now - hours * HOUR),
      activeAfter: new Date(now - hours * HOUR - LOOK_BACK),
      limit: TOPICS_PER_RUN,
    });
    if (waiting.length === 0) continue;
    const followed = new Set(
      (
        await ctx.db
          .select({ threadKey: conversations.threadKey })
          .from(conversations)
          .where(
            and(
              eq(conversations.source, source),
              inArray(
                conversations.threadKey,
                waiting.map((w) => topicThread(w.topic.id)),
              ),
            ),
          )
      ).map((row) => row.threadKey),
    );
    for (const { topic, posts } of waiting) {
      if (followed.has(topicThread(topic.id))) continue;
      for (const post of posts)
        await receive(ctx, {
          source,
          threadKey: topicThread(topic.id),
          subject: topic.title,
          body: post.body,
          from: { accountId: post.author.id, name: post.author.displayName },
          receivedAt: post.at,
          externalId: postExternalId(post.id),
          sourceLink: post.path,
          categorySlug: rule.categorySlug,
          ...(rule.teamSlug ? { teamSlug: rule.teamSlug } : {}),
        });
      opened++;
    }
  }
  return opened;
}
