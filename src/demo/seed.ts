import { ensureDemoAccount } from "../features/accounts/demo.ts";
import { acceptAnswer } from "../features/community/answers.ts";
import { ensureCategory } from "../features/community/categories.ts";
import { topicCount } from "../features/community/listings.ts";
import { reply, startTopic } from "../features/community/publishing.ts";
import { toggleHelpful } from "../features/community/reactions.ts";
import { foldReplyWords } from "../features/community/search-documents.ts";
import { storeImage } from "../features/newsroom/images.ts";
import { findArticle, publishArticle } from "../features/newsroom/service.ts";
import { backfillSentiment } from "../features/sentiment/index.ts";
import type { Actor } from "../platform/auth/actor.ts";
import type { AppContext } from "../platform/context.ts";
import { seedBarometer } from "./barometer.ts";
import { DEMO_CATEGORIES, DEMO_TOPICS } from "./community.ts";
import { seedContacts } from "./contacts.ts";
import { generatedConversations } from "./conversations.ts";
import { paintCover } from "./covers.ts";
import { seedInbox } from "./inbox.ts";
import { seedModeration } from "./moderation.ts";
import { DEMO_ARTICLES } from "./news.ts";
import { DEMO_MEMBERS, DEMO_NEWCOMERS, DEMO_PASSWORD, DEMO_STAFF } from "./people.ts";
import { seedPrivacy } from "./privacy.ts";
import { seedReviews } from "./reviews.ts";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/**
 * Loads the French demo community: the bank's team, members, categories and conversations,
 * through the same services people use. Running it again changes nothing: people and
 * categories are matched by address and slug, conversations are written only into an empty
 * community.
 */
export async function seedDemo(
  ctx: AppContext,
  now = ctx.clock.now(),
  /** Progress for the console: the first start writes for a while. */
  progress: (line: string) => void = () => {},
): Promise<{ people: number; topics: number; posts: number; contacts: number }> {
  const people = new Map<string, Actor>();
  const since = new Date(now.getTime() - 120 * DAY);
  for (const person of [...DEMO_STAFF, ...DEMO_MEMBERS]) {
    people.set(
      person.key,
      await ensureDemoAccount(ctx, { ...person, password: DEMO_PASSWORD, createdAt: since }),
    );
  }
  for (const person of DEMO_NEWCOMERS)
    people.set(
      person.key,
      await ensureDemoAccount(ctx, { ...person, password: DEMO_PASSWORD, createdAt: now }),
    );
  for (const [position, category] of DEMO_CATEGORIES.entries()) {
    await ensureCategory(ctx, {
      ...category,
      position,
      staffStartsTopics: category.staffStartsTopics ?? false,
    });
  }
  // The barometer's two years of waves: written once, also into a demo loaded before it existed.
  const karim = people.get("karim");
  if (karim && (await seedBarometer(ctx, karim, now)) > 0)
    progress("Demo: the trust barometer's two years of waves.");
  if ((await topicCount(ctx)) > 0) return { people: people.size, topics: 0, posts: 0, contacts: 0 };

  const who = (key: string) => {
    const actor = people.get(key);
    if (!actor) throw new Error(`Unknown demo person ${key}`);
    return actor;
  };
  let posts = 0;
  // Oldest first, so that "latest activity" ordering matches the story.
  const conversations = [...DEMO_TOPICS, ...generatedConversations()];
  progress(
    `Loading the demo community (first start only): ${people.size} people, ${conversations.length} conversations…`,
  );
  for (const [written, topic] of conversations.sort((a, b) => b.daysAgo - a.daysAgo).entries()) {
    if (written > 0 && written % 50 === 0)
      progress(`Demo: ${written} of ${conversations.length} conversations written (${posts} posts).`);
    let at = new Date(now.getTime() - topic.daysAgo * DAY);
    const started = await startTopic(
      ctx,
      who(topic.author),
      { categorySlug: topic.category, kind: topic.kind, title: topic.title, body: topic.body },
      { publishedAt: at },
    );
    if (started.ok !== true)
      throw new Error(`Demo topic "${topic.title}" refused: ${JSON.stringify(started)}`);
    posts++;
    for (const answer of topic.replies) {
      at = new Date(Math.min(at.getTime() + answer.after * HOUR, now.getTime()));
      const added = await reply(
        ctx,
        who(answer.author),
        started.value.id,
        { body: answer.body },
        { publishedAt: at },
      );
      if (added.ok !== true) throw new Error(`Demo reply in "${topic.title}" refused`);
      posts++;
      if (answer.accepted) {
        await acceptAnswer(ctx, who(topic.author), started.value.id, added.value.postId, { importing: true });
        // The asker found it useful too: the answerer's reputation comes from others, as in real life.
        if (answer.author !== topic.author) await toggleHelpful(ctx, who(topic.author), added.value.postId);
      }
    }
  }
  progress(
    `Demo: newsroom (${DEMO_ARTICLES.length} articles), moderation queue, privacy requests and contacts…`,
  );
  const comments = await seedNewsroom(ctx, who, now);
  await seedModeration(ctx, who);
  // The replies' words go into search now, not at the first minute's fold.
  await foldReplyWords(ctx);
  await seedPrivacy(ctx, who, now);
  progress("Demo: the inbox (teams, the community's questions, private conversations and complaints)…");
  await seedInbox(ctx, who, now);
  progress("Demo: the reviews (invitations, about 150 reviews over 18 months, the bank's answers)…");
  await seedReviews(ctx, who, now);
  // The sentiment of every client message of the demo, for the barometer.
  await backfillSentiment(ctx);
  // Last, as the day's work: the CRM import is the latest entry of the demo's audit log.
  const contacts = await seedContacts(ctx, who, now);
  return {
    people: people.size,
    topics: conversations.length + DEMO_ARTICLES.length,
    posts: posts + comments,
    contacts,
  };
}

/** A few articles with their covers and comments. Returns the number of posts written. */
async function seedNewsroom(ctx: AppContext, who: (key: string) => Actor, now: Date): Promise<number> {
  let posts = 0;
  for (const [i, article] of [...DEMO_ARTICLES].sort((a, b) => b.daysAgo - a.daysAgo).entries()) {
    const author = who(article.author);
    const discs = [
      { x: 900 - i * 120, y: 260, r: 180 },
      { x: 260 + i * 90, y: 470, r: 90 },
    ];
    const cover = await storeImage(ctx, paintCover(article.cover.from, article.cover.to, discs), author.id);
    if (!cover.ok) throw new Error(`Demo cover refused: ${cover.problem}`);
    let at = new Date(now.getTime() - article.daysAgo * DAY);
    const published = await publishArticle(
      ctx,
      author,
      {
        title: article.title,
        excerpt: article.excerpt,
        body: article.body,
        coverImageId: cover.id,
        coverAlt: article.cover.alt,
      },
      { publishedAt: at },
    );
    if (!published.ok)
      throw new Error(`Demo article "${article.title}" refused: ${JSON.stringify(published.errors)}`);
    const { commentsTopicId } = (await findArticle(ctx, published.value.id))!;
    posts++;
    for (const comment of article.comments) {
      at = new Date(Math.min(at.getTime() + comment.after * HOUR, now.getTime()));
      const added = await reply(
        ctx,
        who(comment.author),
        commentsTopicId!,
        { body: comment.body },
        { publishedAt: at },
      );
      if (!added.ok) throw new Error(`Demo comment on "${article.title}" refused`);
      posts++;
    }
  }
  return posts;
}
