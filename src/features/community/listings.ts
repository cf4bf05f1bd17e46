import { and, count, desc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { prepared } from "../../db/prepared.ts";
import type { AppContext } from "../../platform/context.ts";
import { publicProfiles, publicProfileView } from "../accounts/index.ts";
import type { PublicProfile } from "../accounts/model.ts";
import { categoriesWithIds } from "./categories.ts";
import {
  type Category,
  type Listing,
  TOP_LISTINGS,
  TOPICS_PER_PAGE,
  type Topic,
  type TopicSummary,
} from "./model.ts";
import { categories, posts, topics } from "./schema.ts";

/**
 * Lists of topics, read only: the listings (latest, unanswered, solved, top), the newest for
 * feeds, the sitemap's, and the facts other features' lists show of them.
 */

const topSince = (period: string) => sql`${topics.createdAt} >= now() - ${period}::interval`;

const LISTING_FILTERS: Record<Listing, SQL | undefined> = {
  latest: undefined,
  unanswered: sql`${topics.kind} = 'question' and ${topics.replyCount} = 0`,
  solved: sql`${topics.acceptedPostId} is not null`,
  topWeek: topSince("7 days"),
  topMonth: topSince("1 month"),
  topYear: topSince("1 year"),
};

/** "Top" listings: topics opened in the period that others found most useful, then most discussed. */
const topOrder = [
  desc(sql`${topics.helpfulTotal} * 2 + ${topics.replyCount}`),
  desc(topics.lastPostedAt),
  desc(topics.id),
];
const latestOrder = [desc(topics.lastPostedAt), desc(topics.id)];

/** A topic as lists show it, with its category and author. */
function summaryOf(topic: Topic, category: Category, author: PublicProfile | null): TopicSummary {
  return {
    id: topic.id,
    slug: topic.slug,
    title: topic.title,
    kind: topic.kind,
    solved: topic.acceptedPostId !== null,
    replyCount: topic.replyCount,
    createdAt: topic.createdAt,
    lastPostedAt: topic.lastPostedAt,
    category: { slug: category.slug, name: category.name, colour: category.colour },
    author,
  };
}

/** Topics as lists show them, with their category and author. */
export async function summaries(
  ctx: AppContext,
  rows: { topic: Topic; category: Category }[],
): Promise<TopicSummary[]> {
  const authors = await publicProfiles(
    ctx,
    rows.map((r) => r.topic.authorId),
  );
  return rows.map(({ topic, category }) =>
    summaryOf(topic, category, (topic.authorId && authors.get(topic.authorId)) || null),
  );
}

/** A topic of a listing as the JSON of listTopics holds it (dates are ISO text there). */
interface ListedJson {
  id: number;
  slug: string;
  title: string;
  kind: Topic["kind"];
  categoryId: number;
  solved: boolean;
  replyCount: number;
  createdAt: string;
  lastPostedAt: string;
  authorId: number | null;
  authorName: string | null;
  authorRole: PublicProfile["role"] | null;
  authorTeam: string | null;
}

/** What a listing shows of a topic and its author, by column of the JSON (the author's null when erased). */
const LISTED = sql.join(
  Object.entries({
    id: topics.id,
    slug: topics.slug,
    title: topics.title,
    kind: topics.kind,
    categoryId: topics.categoryId,
    solved: sql`${topics.acceptedPostId} is not null`,
    replyCount: topics.replyCount,
    createdAt: topics.createdAt,
    lastPostedAt: topics.lastPostedAt,
    authorId: publicProfileView.id,
    authorName: publicProfileView.displayName,
    authorRole: publicProfileView.role,
    authorTeam: publicProfileView.team,
  }).map(([name, value]) => sql`${value} as ${sql.identifier(name)}`),
  sql`, `,
);

function listedOf(row: ListedJson, category: Category): TopicSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    kind: row.kind,
    solved: row.solved,
    replyCount: row.replyCount,
    createdAt: new Date(row.createdAt),
    lastPostedAt: new Date(row.lastPostedAt),
    category: { slug: category.slug, name: category.name, colour: category.colour },
    author:
      row.authorId !== null && row.authorName !== null && row.authorRole !== null
        ? { id: row.authorId, displayName: row.authorName, role: row.authorRole, team: row.authorTeam }
        : null,
  };
}

/** What a listing's page costs to keep (kept-reads.ts): its titles, and 300 characters for the rest. */
export function listingCharacters(listed: { items: TopicSummary[] }): number {
  return listed.items.reduce((characters, item) => characters + item.title.length + 300, 100);
}

/**
 * A page of topics, newest activity first, for the whole community or one category: the topics,
 * their authors and how many topics the listing holds, in one statement (three round trips were
 * most of a listing's database work), the page as one JSON array (a row per topic, each mapped
 * column by column, was most of the app's work of reading it); the categories come from the
 * kept ones.
 */
export async function listTopics(
  ctx: AppContext,
  options: { categoryId?: number; listing: Listing; page: number },
): Promise<{ items: TopicSummary[]; total: number }> {
  // One prepared statement per kind of listing, for the community or one category.
  const inCategory = options.categoryId !== undefined;
  const name = `list_topics_${options.listing}_${inCategory ? "category" : "all"}`;
  const where = () =>
    and(
      isNull(topics.deletedAt),
      inCategory ? eq(topics.categoryId, sql.placeholder("categoryId")) : undefined,
      LISTING_FILTERS[options.listing],
    );
  const order = TOP_LISTINGS.includes(options.listing) ? topOrder : latestOrder;
  const values = {
    categoryId: options.categoryId,
    limit: TOPICS_PER_PAGE,
    offset: (options.page - 1) * TOPICS_PER_PAGE,
  };
  const [row] = await prepared(ctx.db, name, (statement) =>
    ctx.db
      .select({
        listed: sql<ListedJson[] | null>`(
          select json_agg(listed order by listed.rank) from (
            select ${LISTED}, row_number() over (order by ${sql.join(order, sql`, `)}) as rank
              from ${topics} left join ${publicProfileView} on ${eq(publicProfileView.id, topics.authorId)}
             where ${where()}
             order by ${sql.join(order, sql`, `)}
             limit ${sql.placeholder("limit")} offset ${sql.placeholder("offset")}
          ) listed)`,
        total: count(),
      })
      .from(topics)
      .where(where())
      .prepare(statement),
  ).execute(values);
  const listed = row?.listed ?? [];
  const kept = await categoriesWithIds(
    ctx,
    listed.map((topic) => topic.categoryId),
  );
  const items = listed.flatMap((topic) => {
    const category = kept.get(topic.categoryId);
    return category ? [listedOf(topic, category)] : [];
  });
  return { items, total: row?.total ?? 0 };
}

export async function topicCount(ctx: AppContext): Promise<number> {
  const [row] = await ctx.db.select({ n: count() }).from(topics);
  return row?.n ?? 0;
}

export interface FeedEntry {
  summary: TopicSummary;
  openingHtml: string;
  openingText: string;
}

/** The newest topics with their opening post, for feeds. */
export async function newestTopics(
  ctx: AppContext,
  options: { categoryId?: number; limit: number },
): Promise<FeedEntry[]> {
  const rows = await ctx.db
    .select({ topic: topics, category: categories, opening: posts })
    .from(topics)
    .innerJoin(categories, eq(categories.id, topics.categoryId))
    .innerJoin(posts, and(eq(posts.topicId, topics.id), eq(posts.position, 1)))
    .where(
      and(
        isNull(topics.deletedAt),
        options.categoryId ? eq(topics.categoryId, options.categoryId) : undefined,
      ),
    )
    .orderBy(desc(topics.createdAt), desc(topics.id))
    .limit(options.limit);
  const list = await summaries(ctx, rows);
  return list.map((summary, i) => {
    const opening = rows[i]!.opening;
    return {
      summary,
      openingHtml: opening.deletedAt ? "" : opening.bodyHtml,
      openingText: opening.deletedAt ? "" : opening.bodyMarkdown,
    };
  });
}

/** Every live topic's address and last change, newest first, for the sitemap. */
export function sitemapTopics(ctx: AppContext, limit: number) {
  return ctx.db
    .select({ id: topics.id, slug: topics.slug, lastPostedAt: topics.lastPostedAt })
    .from(topics)
    .where(isNull(topics.deletedAt))
    .orderBy(desc(topics.lastPostedAt))
    .limit(limit);
}

/** Addresses and titles of these topics, for lists kept elsewhere (the moderation queue). */
export function topicTitles(db: Pick<Db, "select">, ids: readonly number[]) {
  return db
    .select({ id: topics.id, slug: topics.slug, title: topics.title })
    .from(topics)
    .where(inArray(topics.id, [...ids]));
}

/** How many replies each topic has, for lists that show it (news comments): one query for the list. */
export async function replyCounts(
  ctx: AppContext,
  topicIds: readonly number[],
): Promise<Map<number, number>> {
  if (topicIds.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: topics.id, replyCount: topics.replyCount })
    .from(topics)
    .where(and(inArray(topics.id, [...new Set(topicIds)]), isNull(topics.deletedAt)));
  return new Map(rows.map((row) => [row.id, row.replyCount]));
}
