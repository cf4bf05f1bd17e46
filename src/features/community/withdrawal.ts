import { and, eq, inArray, isNull, ne, notInArray, or, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { renderMarkdown } from "../../text/markdown.ts";
import { slugify } from "../../text/slug.ts";
import type { WordsHolder } from "../privacy/model.ts";
import { PURGED } from "./model.ts";
import { postRevisions, posts, topics } from "./schema.ts";
import { refreshTopicSearches } from "./search-documents.ts";

type Executor = Pick<Db, "select" | "update" | "delete" | "execute">;

/**
 * A member's words at their erasure, registered with privacy (index.ts): their name out of
 * others' posts, written in the platform's language, and their own posts withdrawn when they asked.
 */
export const memberWords: WordsHolder = {
  async eraseWordsOf(db, member, options) {
    const { t } = i18nFor(options.locale);
    if (member.displayName !== null)
      await forgetNameOf(db, member.accountId, member.displayName, t("community.formerMemberMention"));
    if (options.withdrawPosts)
      await withdrawContentOf(db, member.accountId, t("community.withdrawnTitle"), options.now);
  },
};

/**
 * Removes a person's public words at their request, as part of erasure (art. 17): their posts
 * are withdrawn and purged with their earlier versions. A topic they opened disappears when
 * nobody else wrote in it; otherwise it stays for the others' replies, under a neutral title,
 * its first post empty. Returns how many posts were withdrawn. Runs in the erasure's transaction,
 * before the link to the person is cut.
 */
export async function withdrawContentOf(
  db: Executor,
  accountId: number,
  neutralTitle: string,
  now: Date,
): Promise<number> {
  const mine = await db
    .select({ id: posts.id, topicId: posts.topicId, position: posts.position })
    .from(posts)
    .where(and(eq(posts.authorId, accountId), isNull(posts.deletedAt)));
  if (mine.length === 0) return 0;
  const ids = mine.map((post) => post.id);
  await db
    .update(posts)
    .set({ deletedAt: now, bodyMarkdown: PURGED, bodyHtml: "" })
    .where(inArray(posts.id, ids));
  await db.delete(postRevisions).where(inArray(postRevisions.postId, ids));
  await db.update(topics).set({ acceptedPostId: null }).where(inArray(topics.acceptedPostId, ids));
  const opened = [...new Set(mine.filter((post) => post.position === 1).map((post) => post.topicId))];
  if (opened.length > 0) {
    // Topics they opened where someone else still has a post stay, under a neutral title; the rest go.
    const shared = new Set(
      (
        await db
          .select({ topicId: posts.topicId })
          .from(posts)
          .where(
            and(
              inArray(posts.topicId, opened),
              isNull(posts.deletedAt),
              or(isNull(posts.authorId), ne(posts.authorId, accountId)),
            ),
          )
          .groupBy(posts.topicId)
      ).map((row) => row.topicId),
    );
    const alone = opened.filter((topicId) => !shared.has(topicId));
    if (alone.length > 0) await db.update(topics).set({ deletedAt: now }).where(inArray(topics.id, alone));
    if (shared.size > 0)
      await db
        .update(topics)
        .set({ title: neutralTitle, slug: slugify(neutralTitle) })
        .where(inArray(topics.id, [...shared]));
  }
  await refreshTopicSearches(db, [...new Set(mine.map((post) => post.topicId))]);
  return ids.length;
}

/** New words for many posts or versions, in one statement whatever their number. */
async function rewriteBodies(
  db: Executor,
  table: typeof posts | typeof postRevisions,
  rows: readonly { id: number; bodyMarkdown: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const changed = rows.map((row) => ({
    id: row.id,
    body_markdown: row.bodyMarkdown,
    body_html: renderMarkdown(row.bodyMarkdown),
  }));
  await db.execute(sql`
    update ${table} as target
       set body_markdown = changed.body_markdown, body_html = changed.body_html
      from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb)
           as changed(id bigint, body_markdown text, body_html text)
     where target.id = changed.id`);
}

/** The longest a post may be (the table's check); a label longer than a handle must not break it. */
const BODY_LIMIT = 20_000;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Others' words stop naming a person who erased their account (art. 17). Their @mentions go
 * everywhere: a handle ends with the account number ("@claire-martin-12"), so it names them
 * whatever display name it carried. Their display name, written out ("Claire Martin a écrit :"
 * over a quote, "merci Claire Martin"), goes where the context says it is them: posts that answer
 * or mention them, and topics they wrote in; elsewhere the same words may be someone else's
 * name. Each becomes `label`, in the posts and in their earlier versions, so the history does
 * not keep what the page no longer shows; this is not an edit by anyone, so no version is added.
 * Runs in the erasure's transaction, before the account row goes. Returns how many posts and
 * versions were changed.
 */
export async function forgetNameOf(
  db: Executor,
  accountId: number,
  displayName: string,
  label: string,
): Promise<number> {
  const handle = new RegExp(`@[a-z0-9]+(?:-[a-z0-9]+)*-${accountId}(?![\\p{L}\\p{N}_-])`, "gu");
  const name = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(displayName.trim())}(?![\\p{L}\\p{N}])`, "giu");
  // The same handle pattern in PostgreSQL's syntax, to find the posts without reading them all.
  const mentions = sql`~ ${`@[a-z0-9]+(-[a-z0-9]+)*-${accountId}([^0-9a-z_-]|$)`}`;
  const theirs = await db
    .select({ id: posts.id, topicId: posts.topicId })
    .from(posts)
    .where(eq(posts.authorId, accountId));
  const theirPosts = theirs.map((post) => post.id);
  const theirTopics = [...new Set(theirs.map((post) => post.topicId))];
  const others = or(isNull(posts.authorId), ne(posts.authorId, accountId));
  const inContext = or(
    sql`${posts.bodyMarkdown} ${mentions}`,
    theirPosts.length > 0 ? inArray(posts.replyToPostId, theirPosts) : undefined,
    theirTopics.length > 0 ? inArray(posts.topicId, theirTopics) : undefined,
  );
  const candidates = await db
    .select({ id: posts.id, topicId: posts.topicId, bodyMarkdown: posts.bodyMarkdown })
    .from(posts)
    .where(and(others, inContext));
  const contextIds = new Set(candidates.map((post) => post.id));
  const anonymise = (text: string, nameToo: boolean) => {
    let out = text.replace(handle, label);
    if (nameToo) out = out.replace(name, label);
    return out.length > BODY_LIMIT ? `${out.slice(0, BODY_LIMIT - 1)}…` : out;
  };

  const changedPosts = candidates
    .map((post) => ({ ...post, bodyMarkdown: anonymise(post.bodyMarkdown, true), before: post.bodyMarkdown }))
    .filter((post) => post.bodyMarkdown !== post.before);
  await rewriteBodies(db, posts, changedPosts);
  // Earlier versions: of the posts above, and of any other post whose past mentioned them.
  const revisions = await db
    .select({ id: postRevisions.id, postId: postRevisions.postId, bodyMarkdown: postRevisions.bodyMarkdown })
    .from(postRevisions)
    .where(
      and(
        theirPosts.length > 0 ? notInArray(postRevisions.postId, theirPosts) : undefined,
        or(
          sql`${postRevisions.bodyMarkdown} ${mentions}`,
          contextIds.size > 0 ? inArray(postRevisions.postId, [...contextIds]) : undefined,
        ),
      ),
    );
  const changedRevisions = revisions
    .map((revision) => ({
      id: revision.id,
      bodyMarkdown: anonymise(revision.bodyMarkdown, contextIds.has(revision.postId)),
      before: revision.bodyMarkdown,
    }))
    .filter((revision) => revision.bodyMarkdown !== revision.before);
  await rewriteBodies(db, postRevisions, changedRevisions);
  await refreshTopicSearches(db, [...new Set(changedPosts.map((post) => post.topicId))]);
  return changedPosts.length + changedRevisions.length;
}
