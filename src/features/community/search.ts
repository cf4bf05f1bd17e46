import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { AppContext } from "../../platform/context.ts";
import { publicProfiles } from "../accounts/public-profiles.ts";
import type { TopicKind } from "./schema.ts";
import type { Category, TopicSummary } from "./service.ts";

export const SEARCH_PER_PAGE = 20;
export const SEARCH_QUERY_MAX = 200;

/** Marks the matched words in a snippet without letting any HTML through: split on these, render as text. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/**
 * Every word as a prefix, all required: "credit immo" → "credit:* & immo:*". Only letters and
 * digits reach to_tsquery, so its syntax cannot be broken by what people type.
 */
export function prefixQuery(query: string, join: " & " | " | " = " & "): string {
  const words = query
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  return words.map((word) => `${word}:*`).join(join);
}

export interface SearchHit extends TopicSummary {
  /** Plain text with MARK_START / MARK_END around the matched words. */
  snippet: string;
}

interface Row extends Record<string, unknown> {
  id: number;
  slug: string;
  title: string;
  kind: TopicKind;
  accepted_post_id: number | null;
  reply_count: number;
  created_at: Date;
  last_posted_at: Date;
  author_id: number | null;
  category_slug: string;
  category_name: string;
  category_colour: Category["colour"];
  snippet: string | null;
  total: number;
}

/** Narrowing a search (or, with no words, listing topics): each one is optional. */
export interface SearchFilters {
  categoryId?: number | undefined;
  status?: "solved" | "unanswered" | undefined;
  /** Accounts of the person who opened the topic (an empty list matches nothing). */
  authorIds?: number[] | undefined;
  /** Topics active since then. */
  since?: Date | undefined;
}

export const hasFilters = (filters: SearchFilters) =>
  Object.values(filters).some((value) => value !== undefined);

function filterConditions(filters: SearchFilters): SQL[] {
  const conditions = [sql`t.deleted_at is null`];
  if (filters.categoryId) conditions.push(sql`t.category_id = ${filters.categoryId}`);
  if (filters.status === "solved") conditions.push(sql`t.accepted_post_id is not null`);
  if (filters.status === "unanswered") conditions.push(sql`t.kind = 'question' and t.reply_count = 0`);
  if (filters.authorIds)
    conditions.push(
      filters.authorIds.length === 0
        ? sql`false`
        : sql`t.author_id in (${sql.join(
            filters.authorIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
    );
  if (filters.since) conditions.push(sql`t.last_posted_at >= ${filters.since.toISOString()}`);
  return conditions;
}

/**
 * Full-text search in French and English at once, accent-insensitive (the confiance_fr and
 * confiance_en configurations run unaccent before stemming), over one document per topic
 * (community_topic_search): topics whose title, question or accepted answer match rank first;
 * a word said only in a reply still finds its topic. Only the page shown gets snippets, taken
 * from the first post that matches. With no words but some filters, the topics that pass them,
 * most recently active first.
 */
export async function searchTopics(
  ctx: AppContext,
  rawQuery: string,
  page: number,
  filters: SearchFilters = {},
  /** "any": topics sharing any of the words rank by how many they share (similar-topic hints). */
  words: "all" | "any" = "all",
): Promise<{ hits: SearchHit[]; total: number }> {
  const query = rawQuery.trim().slice(0, SEARCH_QUERY_MAX);
  if (!query && !hasFilters(filters)) return { hits: [], total: 0 };
  const headline = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1`;
  const anyWord = prefixQuery(query, " | ").replace(/:\*/g, "");
  const tsquery = !query
    ? sql`null::tsquery`
    : words === "all"
      ? sql`websearch_to_tsquery('confiance_fr', ${query}) || websearch_to_tsquery('confiance_en', ${query})
          || to_tsquery('confiance_simple', ${prefixQuery(query)})`
      : sql`to_tsquery('confiance_fr', ${anyWord}) || to_tsquery('confiance_en', ${anyWord})`;
  const matches = query
    ? sql`select s.topic_id, ts_rank(s.essentials, q.query) as score
            from community_topic_search s, q
           where s.essentials @@ q.query or s.replies @@ q.query`
    : sql`select t.id as topic_id, 0::real as score from community_topics t`;
  const snippet = query
    ? sql`coalesce(
            (select ts_headline('confiance_fr', p.body_markdown, q.query, ${headline})
               from community_posts p
              where p.topic_id = t.id and p.deleted_at is null and p.search_vector @@ q.query
              order by p.position limit 1),
            (select ts_headline('confiance_fr', p.body_markdown, q.query, ${headline})
               from community_posts p where p.topic_id = t.id and p.position = 1 and p.deleted_at is null))`
    : sql`(select left(p.body_markdown, 240)
             from community_posts p where p.topic_id = t.id and p.position = 1 and p.deleted_at is null)`;
  const result = await ctx.db.execute<Row>(sql`
    with q as (select ${tsquery} as query),
    matches as (${matches}),
    ranked as (
      select matches.topic_id, matches.score, count(*) over () as total
        from matches join community_topics t on t.id = matches.topic_id
       where ${sql.join(filterConditions(filters), sql` and `)}
       order by matches.score desc, t.last_posted_at desc, t.id desc
       limit ${SEARCH_PER_PAGE} offset ${(page - 1) * SEARCH_PER_PAGE}
    )
    select t.id, t.slug, t.title, t.kind, t.accepted_post_id, t.reply_count, t.created_at, t.last_posted_at,
           t.author_id, c.slug as category_slug, c.name as category_name, c.colour as category_colour,
           ${snippet} as snippet, ranked.total::int as total
      from ranked
      join community_topics t on t.id = ranked.topic_id
      join community_categories c on c.id = t.category_id
      cross join q
     order by ranked.score desc, t.last_posted_at desc, t.id desc
  `);
  const rows = result.rows;
  const authors = await publicProfiles(
    ctx,
    rows.map((r) => r.author_id),
  );
  return {
    total: rows[0]?.total ?? 0,
    hits: rows.map((r) => ({
      id: Number(r.id),
      slug: r.slug,
      title: r.title,
      kind: r.kind,
      solved: r.accepted_post_id !== null,
      replyCount: r.reply_count,
      createdAt: new Date(r.created_at),
      lastPostedAt: new Date(r.last_posted_at),
      category: { slug: r.category_slug, name: r.category_name, colour: r.category_colour },
      author: (r.author_id && authors.get(Number(r.author_id))) || null,
      snippet: (r.snippet ?? "")
        .replace(/[*_`>#~|]+/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    })),
  };
}

type Executor = Pick<Db, "execute">;

/** Rebuilds a topic's search document (after it opens, or after an edit, a deletion, an accepted answer). */
export async function refreshTopicSearch(db: Executor, topicId: number): Promise<void> {
  await db.execute(sql`select community_refresh_topic_search(${topicId})`);
}

/** A new reply's words join its topic's document, without re-reading the whole thread. */
export async function addReplyToSearch(db: Executor, topicId: number, postId: number): Promise<void> {
  await db.execute(sql`
    update community_topic_search s
       set replies = strip(s.replies || p.search_vector)
      from community_posts p
     where s.topic_id = ${topicId} and p.id = ${postId}`);
}
