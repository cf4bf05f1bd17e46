import { type SQL, sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { innerPassage, openingPassage } from "../../text/snippet.ts";
import { publicProfiles } from "../accounts/index.ts";
import type { Category, TopicSummary } from "./model.ts";
import type { TopicKind } from "./schema.ts";

export const SEARCH_PER_PAGE = 20;
export const SEARCH_QUERY_MAX = 200;
/** Characters of a topic's opening shown when filters alone chose it. */
const OPENING_PASSAGE = 240;

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
  const conditions: SQL[] = [];
  if (filters.categoryId) conditions.push(sql`s.category_id = ${filters.categoryId}`);
  if (filters.status === "solved") conditions.push(sql`s.solved`);
  if (filters.status === "unanswered") conditions.push(sql`s.unanswered`);
  if (filters.authorIds)
    conditions.push(
      filters.authorIds.length === 0
        ? sql`false`
        : sql`s.author_id in (${sql.join(
            filters.authorIds.map((id) => sql`${id}`),
            sql`, `,
          )})`,
    );
  if (filters.since) conditions.push(sql`s.last_posted_at >= ${filters.since.toISOString()}`);
  return conditions;
}

/**
 * How many of the most recently active matches are ranked. A word found in nearly every topic
 * would otherwise rank them all; beyond this, more words or a filter narrow the search.
 */
export const RANK_WINDOW = 500;
export const SEARCH_MAX_PAGES = RANK_WINDOW / SEARCH_PER_PAGE;

/**
 * Full-text search in French and English at once, accent-insensitive (the confiance_fr and
 * confiance_en configurations run unaccent before stemming), over one document per topic
 * (community_topic_search), which also carries the facts the filters need.
 *
 * Topics whose title, question or accepted answer match rank first; a word said only in a reply
 * still finds its topic. Ranking covers the RANK_WINDOW most recently active matches, and the
 * total is counted up to just past that window ("more than 500"), so a very common word costs
 * about what a rare one does. The query is written inline, not in a CTE, so that the planner
 * sees it: it walks recent topics for a common word and uses the GIN index for a rare one.
 * Only the page shown gets snippets, taken from the first post that matches. With no words but
 * some filters: the topics that pass them, most recently active first.
 */
export async function searchTopics(
  ctx: AppContext,
  rawQuery: string,
  page: number,
  filters: SearchFilters = {},
  /** "any": topics sharing any of the words rank by how many they share (similar-topic hints). */
  words: "all" | "any" = "all",
): Promise<{ hits: SearchHit[]; total: number; moreThan: boolean }> {
  const query = rawQuery.trim().slice(0, SEARCH_QUERY_MAX);
  if (!query && !hasFilters(filters)) return { hits: [], total: 0, moreThan: false };
  if (page > SEARCH_MAX_PAGES) return { hits: [], total: 0, moreThan: false };
  const headline = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1`;
  const anyWord = prefixQuery(query, " | ").replace(/:\*/g, "");
  const tsquery = () =>
    words === "all"
      ? sql`(websearch_to_tsquery('confiance_fr', ${query}) || websearch_to_tsquery('confiance_en', ${query})
            || to_tsquery('confiance_simple', ${prefixQuery(query)}))`
      : sql`(to_tsquery('confiance_fr', ${anyWord}) || to_tsquery('confiance_en', ${anyWord}))`;
  const where = sql.join(
    [
      ...(query ? [sql`(s.essentials @@ ${tsquery()} or s.replies @@ ${tsquery()})`] : []),
      ...filterConditions(filters),
    ],
    sql` and `,
  );
  const score = query ? sql`ts_rank(recent.essentials, ${tsquery()})` : sql`0::real`;
  const snippet = query
    ? sql`coalesce(
            (select ts_headline('confiance_fr', p.body_markdown, ${tsquery()}, ${headline})
               from community_posts p
              where p.topic_id = t.id and p.deleted_at is null and p.search_vector @@ ${tsquery()}
              order by p.position limit 1),
            (select ts_headline('confiance_fr', p.body_markdown, ${tsquery()}, ${headline})
               from community_posts p where p.topic_id = t.id and p.position = 1 and p.deleted_at is null))`
    : sql`(select left(p.body_markdown, ${OPENING_PASSAGE * 2})
             from community_posts p where p.topic_id = t.id and p.position = 1 and p.deleted_at is null)`;
  const result = await ctx.db.transaction(async (tx) => {
    // Reading a topic's documents costs far more than the planner believes (they are large and
    // compressed), so a full scan would always lose: a common word walks the recent topics
    // (index on last activity), a rare one uses the GIN indexes.
    await tx.execute(sql`set local enable_seqscan = off`);
    return tx.execute<Row>(sql`
    with recent as (
      select s.topic_id, s.essentials, s.last_posted_at
        from community_topic_search s
       where ${where}
       order by s.last_posted_at desc nulls last
       limit ${RANK_WINDOW}
    ),
    ranked as (
      select recent.topic_id, ${score} as score, recent.last_posted_at
        from recent
       order by score desc, recent.last_posted_at desc, recent.topic_id desc
       limit ${SEARCH_PER_PAGE} offset ${(page - 1) * SEARCH_PER_PAGE}
    )
    select t.id, t.slug, t.title, t.kind, t.accepted_post_id, t.reply_count, t.created_at, t.last_posted_at,
           t.author_id, c.slug as category_slug, c.name as category_name, c.colour as category_colour,
           ${snippet} as snippet,
           (select count(*) from (select 1 from community_topic_search s where ${where} limit ${RANK_WINDOW + 1}) n)::int
             as total
      from ranked
      join community_topics t on t.id = ranked.topic_id
      join community_categories c on c.id = t.category_id
     order by ranked.score desc, ranked.last_posted_at desc, t.id desc
  `);
  });
  const rows = result.rows;
  const passageOf = query ? innerPassage : (text: string) => openingPassage(text, OPENING_PASSAGE);
  const authors = await publicProfiles(
    ctx,
    rows.map((r) => r.author_id),
  );
  const counted = rows[0]?.total ?? 0;
  return {
    total: Math.min(counted, RANK_WINDOW),
    moreThan: counted > RANK_WINDOW,
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
      snippet: passageOf((r.snippet ?? "").replace(/[*_`>#~|]+/g, " ")),
    })),
  };
}
