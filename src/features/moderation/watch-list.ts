import { asc, eq } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import { may } from "../../platform/auth/access.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { forbidden, notFound } from "../../platform/http/errors.ts";
import { isOneOf } from "../../platform/one-of.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { patternProblem } from "../../text/watched-words.ts";
import { moderate } from "./policy.ts";
import { WATCHED_ACTIONS, watchedWords } from "./schema.ts";

/** The watched words moderators keep (the matching itself is in src/text/watched-words.ts). */
export type WatchedWord = typeof watchedWords.$inferSelect;

export interface WatchedWordInput {
  pattern: string;
  isRegex: boolean;
  action: string;
  replacement: string;
}

/**
 * The rules every submission is screened with, kept a few seconds per instance: each post read
 * them, and moderators seldom change them. After a moderator's change commits, every instance
 * that listens to the live events (a server, once it has served a page) forgets them at once;
 * one that does not (a command, a break in its connection) applies the change within five seconds.
 */
function keptRules(ctx: AppContext) {
  return ctx.memory.of<"rules", WatchedWord[]>("moderation.watched-words", { ttlMs: 5_000, max: 1 });
}

/** The live event a change of the rules sends to every instance. */
const RULES_CHANGED = "moderation:watched-words";
const following = new WeakSet<object>();

/** Listens for changes once per instance, on the connection it already listens on (none is opened for it). */
function followChanges(ctx: AppContext): void {
  if (following.has(ctx.live) || !ctx.live.listening) return;
  following.add(ctx.live);
  const rules = keptRules(ctx);
  ctx.live.subscribe(RULES_CHANGED, () => rules.forgetAll()).catch(() => following.delete(ctx.live));
}

export function watchedRules(ctx: AppContext): Promise<WatchedWord[]> {
  followChanges(ctx);
  return keptRules(ctx).get("rules", () => ctx.db.select().from(watchedWords));
}

/** In the moderator's command: the change audited, and every instance told after commit. */
async function rulesChanged(
  ctx: AppContext,
  moderator: Actor,
  audited: "moderation.watched_word_added" | "moderation.watched_word_removed",
  rule: Pick<WatchedWord, "id" | "pattern" | "isRegex" | "action">,
): Promise<void> {
  await recordAudit(ctx.db, {
    actorId: moderator.id,
    actorRole: moderator.role,
    action: audited,
    subjectType: "watched_word",
    subjectId: rule.id,
    details: { pattern: rule.pattern, isRegex: rule.isRegex, action: rule.action },
  });
  await ctx.afterCommit(async (committed) => {
    keptRules(committed).forgetAll();
    await committed.live.publish(RULES_CHANGED, null);
  });
}

export function watchList(ctx: AppContext, moderator: Actor): Promise<WatchedWord[]> {
  if (!may(moderator, moderate)) throw forbidden();
  return ctx.db.select().from(watchedWords).orderBy(asc(watchedWords.pattern));
}

export async function addWatchedWord(
  ctx: AppContext,
  moderator: Actor,
  input: WatchedWordInput,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  if (!may(moderator, moderate)) throw forbidden();
  const errors: FieldErrors = {};
  const pattern = input.pattern.trim();
  const problem = patternProblem(pattern, input.isRegex);
  if (problem) errors.pattern = problem;
  const action = isOneOf(WATCHED_ACTIONS, input.action) ? input.action : undefined;
  if (!action) errors.action = "watched.action.missing";
  const replacement = input.replacement.trim();
  if (input.action === "replace" && replacement.length === 0)
    errors.replacement = "watched.replacement.missing";
  if (Object.keys(errors).length > 0 || !action) return { ok: false, errors };
  // The rule and its audit entry are written together, or neither is.
  return runCommand(ctx, async (ctx) => {
    const [added] = await ctx.db
      .insert(watchedWords)
      .values({
        pattern,
        isRegex: input.isRegex,
        action,
        replacement: input.action === "replace" ? replacement : null,
        createdBy: moderator.id,
      })
      .onConflictDoNothing()
      .returning({ id: watchedWords.id });
    if (!added) return { ok: false, errors: { pattern: "watched.pattern.duplicate" } };
    await rulesChanged(ctx, moderator, "moderation.watched_word_added", {
      id: added.id,
      pattern,
      isRegex: input.isRegex,
      action,
    });
    return { ok: true };
  });
}

export async function removeWatchedWord(ctx: AppContext, moderator: Actor, id: number): Promise<void> {
  if (!may(moderator, moderate)) throw forbidden();
  await runCommand(ctx, async (ctx) => {
    const [removed] = await ctx.db.delete(watchedWords).where(eq(watchedWords.id, id)).returning();
    if (!removed) throw notFound();
    await rulesChanged(ctx, moderator, "moderation.watched_word_removed", removed);
  });
}
