import { sql } from "drizzle-orm";
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
export function prefixQuery(query: string): string {
  const words = query
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 2)
    .slice(0, 8);
  return words.map((word) => `${word}:*`).join(" & ");
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

/**
 * Full-text search in French and English at once, accent-insensitive (the confiance_fr and
 * confiance_en configurations run unaccent before stemming). Titles weigh more than bodies;
 * each topic appears once, with a snippet of its best matching post.
 */
export async function searchTopics(
  ctx: AppContext,
  rawQuery: string,
  page: number,
): Promise<{ hits: SearchHit[]; total: number }> {
  const query = rawQuery.trim().slice(0, SEARCH_QUERY_MAX);
  if (!query) return { hits: [], total: 0 };
  const headline = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1`;
  const result = await ctx.db.execute<Row>(sql`
    with q as (
      select websearch_to_tsquery('confiance_fr', ${query}) || websearch_to_tsquery('confiance_en', ${query})
             || to_tsquery('confiance_simple', ${prefixQuery(query)}) as query
    ),
    matches as (
      select t.id as topic_id, ts_rank(t.search_vector, q.query) * 2 as rank, null::bigint as post_id
        from community_topics t, q
       where t.search_vector @@ q.query and t.deleted_at is null
      union all
      select p.topic_id, ts_rank(p.search_vector, q.query), p.id
        from community_posts p, q
       where p.search_vector @@ q.query and p.deleted_at is null
      union all
      -- A category's name counts a little for its topics: "crédit" finds the Crédit immobilier ones.
      select t.id, 0.05, null::bigint
        from community_categories c
        join community_topics t on t.category_id = c.id and t.deleted_at is null, q
       where (to_tsvector('confiance_fr', c.name) || to_tsvector('confiance_simple', c.name)) @@ q.query
    ),
    best as (
      select distinct on (topic_id) topic_id, post_id, sum(rank) over (partition by topic_id) as score
        from matches
       order by topic_id, post_id is null, rank desc
    ),
    ranked as (
      select best.*, count(*) over () as total
        from best join community_topics t on t.id = best.topic_id and t.deleted_at is null
       order by score desc, best.topic_id desc
       limit ${SEARCH_PER_PAGE} offset ${(page - 1) * SEARCH_PER_PAGE}
    )
    select t.id, t.slug, t.title, t.kind, t.accepted_post_id, t.reply_count, t.created_at, t.last_posted_at,
           t.author_id, c.slug as category_slug, c.name as category_name, c.colour as category_colour,
           ts_headline('confiance_fr', coalesce(p.body_markdown, first.body_markdown), q.query, ${headline}) as snippet,
           ranked.total::int as total
      from ranked
      join community_topics t on t.id = ranked.topic_id
      join community_categories c on c.id = t.category_id
      left join community_posts p on p.id = ranked.post_id
      left join community_posts first on first.topic_id = t.id and first.position = 1
      cross join q
     order by ranked.score desc, t.id desc
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
