import { inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { executeNamed } from "../../db/prepared.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { urlsIn } from "../../text/markdown.ts";
import { profanitiesIn } from "../../text/profanity.ts";
import { domainOf, fingerprint, SPAM_THRESHOLD, spamScore, spamSignals } from "../../text/spam.ts";
import { applyWatchedWords, type WatchedMatch } from "../../text/watched-words.ts";
import { postCountsOf } from "../community/index.ts";
import { fingerprints, type HoldReason, heldPosts, linkDomains, reports } from "./schema.ts";
import { watchedRules } from "./watch-list.ts";

/**
 * Every submission from a member passes here before it is published: a silenced author is
 * refused, watched words block, replace, hold or flag, and the automatic holds (first posts,
 * profanity, spam score, bursts) send it to the moderation queue instead of the page.
 * Staff are not screened: what they write is archived and answers for itself.
 */
export type Screening =
  | { verdict: "refuse"; errors: FieldErrors }
  | {
      verdict: "publish";
      title: string | undefined;
      body: string;
      flags: WatchedMatch[];
      /** A new post's text, remembered with it (rememberText) for the repeated-text signal. */
      fingerprint?: string;
    }
  | {
      verdict: "hold";
      title: string | undefined;
      body: string;
      reasons: HoldReason[];
      signals: Record<string, unknown>;
      fingerprint?: string;
    };

/** Posts and held submissions within this window count towards a burst. */
export const BURST_WINDOW = "2 minutes";
const BURST_POSTS = 3;
/** The same text from another account within this window counts as repeated. */
const REPEAT_WINDOW = "7 days";

/**
 * What the screening reads of its author: the community's post counts (handed over with a new
 * post, read with the community's own checks; read here for an edit), and in one moderation
 * statement the submissions held lately and whether another account sent the same text lately.
 * Only reads: the text is remembered in the transaction that publishes or holds it
 * (rememberText), so no statement here waits on a commit.
 */
async function authorFacts(
  ctx: AppContext,
  accountId: number,
  hash: string | undefined,
  counted: PostCounts | undefined,
) {
  const [posts, { rows }] = await Promise.all([
    counted ?? postCountsOf(ctx.db, accountId, BURST_WINDOW),
    executeNamed<{ held: number; repeated: boolean }>(
      ctx.db,
      "moderation_author_facts",
      sql`
      select
        (select count(*)::int from ${heldPosts}
          where author_id = ${accountId} and status <> 'approved'
            and created_at > now() - ${BURST_WINDOW}::interval) as held,
        exists (
          select 1 from ${fingerprints}
           where hash = ${hash ?? null}::text and account_id <> ${accountId}
             and created_at > now() - ${REPEAT_WINDOW}::interval) as repeated`,
    ),
  ]);
  const row = rows[0] ?? { held: 0, repeated: false };
  // Approved held submissions are posts already, counted by the community.
  return { published: posts.published, recent: posts.recent + row.held, repeated: row.repeated };
}

/** An author's posts in all and within BURST_WINDOW (the community counts them). */
type PostCounts = { published: number; recent: number };

/** A new submission's text, for the repeated-text signal of the next ones (in its transaction). */
export async function rememberText(db: Db, accountId: number, hash: string | undefined): Promise<void> {
  if (hash === undefined) return;
  await executeNamed(
    db,
    "moderation_remember_text",
    sql`insert into ${fingerprints} (hash, account_id) values (${hash}, ${accountId})`,
  );
}

async function spamFacts(
  ctx: AppContext,
  text: string,
  body: string,
  author: { published: number; repeated: boolean },
) {
  const urls = urlsIn(body);
  const domains = [...new Set(urls.map(domainOf).filter((d): d is string => d !== undefined))];
  const seen =
    domains.length === 0
      ? []
      : await ctx.db.select().from(linkDomains).where(inArray(linkDomains.domain, domains));
  const ownDomain = domainOf(ctx.config.baseUrl.href);
  return spamSignals({
    text,
    urls,
    firstSeen: new Map(seen.map((row) => [row.domain, row.firstSeenAt])),
    repeatedElsewhere: author.repeated,
    ownDomains: ownDomain ? [ownDomain] : [],
    publishedPosts: author.published,
    now: ctx.clock.now(),
  });
}

/**
 * `edit`: a change to a published post. First-post and burst holds do not apply, and the text
 * is not remembered for the repeated-text signal.
 */
export async function screenSubmission(
  ctx: AppContext,
  actor: Actor,
  input: { title?: string | undefined; body: string },
  mode: "new" | "edit" = "new",
  /** A new post's author's counts, when the community read them already. */
  posts?: PostCounts,
): Promise<Screening> {
  if (isStaffRole(actor.role)) return { verdict: "publish", title: input.title, body: input.body, flags: [] };
  // Read with the session at the start of this request (accounts/sessions.ts).
  if (actor.silenced) return { verdict: "refuse", errors: { body: "moderation.silenced" } };

  const reasons = new Set<HoldReason>();
  const signals: Record<string, unknown> = {};
  const rules = await watchedRules(ctx);
  const titleCheck = input.title === undefined ? undefined : applyWatchedWords(rules, input.title);
  const bodyCheck = applyWatchedWords(rules, input.body);
  const matches = [...(titleCheck?.matches ?? []), ...bodyCheck.matches];
  const unusable = [...new Set([...(titleCheck?.unusable ?? []), ...bodyCheck.unusable])];
  if (unusable.length > 0) {
    // Fail closed: a rule that cannot run might have blocked this text, so a person reads it.
    reasons.add("watched_word");
    signals.watchedUnusable = unusable;
  }
  if (matches.some((m) => m.action === "block"))
    return { verdict: "refuse", errors: { body: "moderation.blocked" } };
  const held = matches.filter((m) => m.action === "hold").map((m) => m.match);
  if (held.length > 0) {
    reasons.add("watched_word");
    signals.watched = held;
  }
  const title = titleCheck?.text;
  const body = bodyCheck.text;
  const text = `${title ?? ""}\n${body}`;

  const profane = profanitiesIn(text);
  if (profane.length > 0) {
    reasons.add("profanity");
    signals.profanity = profane;
  }
  const hash = fingerprint(text);
  const history = await authorFacts(ctx, actor.id, hash, posts);
  const spam = await spamFacts(ctx, text, body, history);
  const score = spamScore(spam);
  if (score >= SPAM_THRESHOLD) {
    reasons.add("spam");
    signals.spam = { score, signals: spam };
  }
  if (mode === "new") {
    if (history.published < ctx.config.heldFirstPosts) reasons.add("first_post");
    if (history.recent >= BURST_POSTS) {
      reasons.add("burst");
      signals.burst = history.recent + 1;
    }
  }
  const remembered = mode === "new" && hash !== undefined ? { fingerprint: hash } : {};
  if (reasons.size > 0)
    return { verdict: "hold", title, body, reasons: [...reasons], signals, ...remembered };
  return {
    verdict: "publish",
    title,
    body,
    flags: matches.filter((m) => m.action === "flag"),
    ...remembered,
  };
}

/**
 * As a member's post is published, in its transaction: its text is remembered (a new post), its
 * outside domains too (so they stop being "fresh"), and watched words whose action is "flag" put
 * it in the queue.
 */
export async function notePublication(
  ctx: AppContext,
  post: { id: number; authorId: number },
  screening: { body: string; flags: readonly WatchedMatch[]; fingerprint?: string | undefined },
): Promise<void> {
  const { body, flags } = screening;
  const postId = post.id;
  await rememberText(ctx.db, post.authorId, screening.fingerprint);
  await rememberDomains(ctx, body);
  if (flags.length > 0) await flagForReview(ctx, postId, [...new Set(flags.map((f) => f.match))].join(", "));
}

/** An automatic report: the post stays published, and a moderator looks at it. */
export async function flagForReview(ctx: AppContext, postId: number, explanation: string): Promise<void> {
  await ctx.db.insert(reports).values({ postId, reason: "automatic", explanation });
}

async function rememberDomains(ctx: AppContext, body: string): Promise<void> {
  // Sorted: posts published at once lock the domains they share in the same order (the rows stay
  // locked until the post's transaction ends), so two of them never wait on each other.
  const domains = [
    ...new Set(
      urlsIn(body)
        .map(domainOf)
        .filter((d): d is string => d !== undefined),
    ),
  ].sort();
  if (domains.length > 0)
    await ctx.db
      .insert(linkDomains)
      .values(domains.map((domain) => ({ domain })))
      .onConflictDoUpdate({ target: linkDomains.domain, set: { uses: sql`${linkDomains.uses} + 1` } });
}
