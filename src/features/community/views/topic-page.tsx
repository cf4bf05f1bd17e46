import { isStaff } from "../../../platform/auth/actor.ts";
import type { MessageKey } from "../../../platform/i18n/index.ts";
import {
  ErrorSummary,
  type FieldErrors,
  Pagination,
  PostForm,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { MaskingNotice } from "../../../platform/views/masking-notice.tsx";
import { KeptWithinCharacters } from "../../../text/kept-within-characters.ts";
import { plainText } from "../../../text/markdown.ts";
import type { LabelledFinding } from "../../../text/personal-data-masking.ts";
import { BODY_MAX, type Category, type PostView, type Topic } from "../model.ts";
import { topicUrl } from "../paths.ts";
import { can } from "../policy.ts";
import type { SubscriptionLevel } from "../schema.ts";
import { Author, CategoryMark, DateTime } from "./parts.tsx";

/** What the signed-in reader has done on this page: marked useful, bookmarked. Empty for visitors. */
export interface ReaderMarks {
  helpful: Set<number>;
  bookmarked: Set<number>;
}

export const NO_MARKS: ReaderMarks = { helpful: new Set(), bookmarked: new Set() };

/** The post a reply will answer (quote-reply), with the text quoted into the reply box. */
export interface ReplyTarget {
  id: number;
  position: number;
}

function Numbered({ v, position }: { v: ViewContext; position: number }) {
  return <span class="visually-hidden"> ({v.i18n.t("community.post.number", { position })})</span>;
}

/** What stands in a thread where a post was withdrawn: by its author, hidden or erased by moderation. */
export function withdrawnText(
  post: Pick<PostView, "hiddenByModeration" | "deletedByModeration">,
): MessageKey {
  if (post.hiddenByModeration) return "community.post.hiddenByModeration";
  return post.deletedByModeration ? "community.post.deletedByModeration" : "community.post.deleted";
}

/** Said before a silenced member writes anything, not after they submit it. */
export function SilencedNotice({ v }: { v: ViewContext }) {
  return (
    <p class="notice">
      {v.i18n.t("moderation.silenced")} <a href="/compte/moderation">{v.i18n.t("community.silenced.link")}</a>
    </p>
  );
}

/** "Useful (n)": a toggle. With script, htmx swaps just this form; without, the page reloads. */
export function HelpfulForm(props: {
  v: ViewContext;
  post: Pick<PostView, "id" | "position" | "helpfulCount">;
  pressed: boolean;
}) {
  const { v, post } = props;
  const action = `/messages/${post.id}/utile`;
  return (
    <PostForm v={v} action={action} class="inline-form" hx-post={action} hx-swap="outerHTML">
      {/* The id lets htmx give the focus back to the new button after the swap. */}
      <button
        type="submit"
        id={`utile-${post.id}`}
        class="button button--small button--secondary"
        aria-pressed={props.pressed ? "true" : "false"}
      >
        {v.i18n.t("community.helpful.button", { count: v.i18n.number(post.helpfulCount) })}
        <Numbered v={v} position={post.position} />
      </button>
    </PostForm>
  );
}

/** What one reader may do with one post, and has done: all a post's markup knows of its reader. */
interface PostReader {
  signedIn: boolean;
  mayMark: boolean;
  mayReply: boolean;
  mayEdit: boolean;
  mayDelete: boolean;
  mayAccept: boolean;
  helpful: boolean;
  bookmarked: boolean;
}

/** The reader's rights and marks on a post, as the digits of a key. */
function readerBits(reader: PostReader): string {
  return (Object.keys(reader) as (keyof PostReader)[]).map((right) => (reader[right] ? 1 : 0)).join("");
}

function postReader(
  v: ViewContext,
  topic: Topic,
  post: PostView,
  marks: ReaderMarks,
  canAccept: boolean,
): PostReader {
  const facts = { id: post.id, authorId: post.authorId, position: post.position, deleted: post.deleted };
  return {
    signedIn: v.actor !== null,
    mayMark: can(v.actor, {
      action: "mark_helpful",
      post: { authorId: post.authorId, deleted: post.deleted },
    }),
    mayReply: v.actor !== null && can(v.actor, { action: "reply", topic }),
    mayEdit: can(v.actor, { action: "edit_post", post: facts }),
    mayDelete: can(v.actor, { action: "delete_post", post: facts, topic }),
    mayAccept: canAccept && post.position > 1 && topic.acceptedPostId !== post.id,
    helpful: marks.helpful.has(post.id),
    bookmarked: marks.bookmarked.has(post.id),
  };
}

function PostActions(props: {
  v: ViewContext;
  topic: Topic;
  post: PostView;
  reader: PostReader;
  page: number;
}) {
  const { v, topic, post, reader } = props;
  const { t } = v.i18n;
  return (
    <footer class="post__actions">
      {topic.acceptedPostId === post.id && (
        <span class="badge badge--solved">{t("community.acceptedAnswer")}</span>
      )}
      {reader.mayMark ? (
        <HelpfulForm v={v} post={post} pressed={reader.helpful} />
      ) : (
        post.helpfulCount > 0 && (
          <span class="helpful-count">{t("community.helpful.count", { count: post.helpfulCount })}</span>
        )
      )}
      {reader.mayReply && (
        <a href={`${topicUrl(topic, props.page)}${props.page > 1 ? "&" : "?"}reponse=${post.id}#repondre`}>
          {t("community.post.quoteReply")}
          <Numbered v={v} position={post.position} />
        </a>
      )}
      {reader.signedIn && (
        <PostForm v={v} action={`/messages/${post.id}/signet`} class="inline-form">
          <button type="submit" class="link-button" aria-pressed={reader.bookmarked ? "true" : "false"}>
            {reader.bookmarked ? t("community.bookmark.remove") : t("community.bookmark.add")}
            <Numbered v={v} position={post.position} />
          </button>
        </PostForm>
      )}
      {reader.mayAccept && (
        <PostForm v={v} action={`/t/${topic.id}/accepter`} class="inline-form">
          <input type="hidden" name="postId" value={String(post.id)} />
          <button type="submit" class="button button--small button--secondary">
            {t("community.accept")}
            <Numbered v={v} position={post.position} />
          </button>
        </PostForm>
      )}
      {reader.mayEdit && (
        <a href={`/messages/${post.id}/modifier`}>
          {t("community.post.edit")}
          <Numbered v={v} position={post.position} />
        </a>
      )}
      <a href={`/messages/${post.id}/signaler`}>
        {t("report.link")}
        <Numbered v={v} position={post.position} />
      </a>
      {reader.mayDelete && (
        <a href={`/messages/${post.id}/supprimer`}>
          {t("community.post.delete")}
          <Numbered v={v} position={post.position} />
        </a>
      )}
    </footer>
  );
}

/**
 * One post. Microdata (schema.org) says what it is to search engines: the question, an
 * answer (suggested or accepted) or a comment of a discussion. No script is needed for it.
 */
interface PostArticleProps {
  v: ViewContext;
  topic: Topic;
  post: PostView;
  accepted?: boolean;
  canAccept: boolean;
  marks: ReaderMarks;
  page: number;
  itemprop?: string | undefined;
  itemtype?: string | undefined;
}

export function PostArticle(props: PostArticleProps) {
  const { v, topic, post } = props;
  const reader = postReader(v, topic, post, props.marks, props.canAccept);
  // Everything the markup reads, written out as one short key: the post and its author as shown
  // (by their digest, `version`), where the post it answers stands, the topic's address and
  // accepted answer, where it stands, and what this reader may do. Most readers share one kept
  // copy of each post; writing the post itself out for each page's keys was a tenth of a page.
  const facts = [
    post.version,
    post.replyTo?.position ?? 0,
    topic.id,
    topic.slug,
    topic.acceptedPostId ?? 0,
    props.page,
    props.accepted ? 1 : 0,
    props.itemprop ?? "",
    props.itemtype ?? "",
    readerBits(reader),
  ].join(" ");
  return v.fragment(facts, (shared) => <PostMarkup {...props} v={shared} reader={reader} />);
}

function PostMarkup(props: Omit<PostArticleProps, "marks" | "canAccept"> & { reader: PostReader }) {
  const { v, topic, post, accepted } = props;
  const { t } = v.i18n;
  const anchor = `message-${post.position}`;
  const opening = post.position === 1;
  return (
    <article
      id={accepted ? undefined : anchor}
      class={`post${accepted ? " post--accepted" : ""}${post.deleted ? " post--deleted" : ""}`}
      aria-labelledby={`${anchor}-author${accepted ? "-accepted" : ""}`}
      itemprop={props.itemprop}
      itemscope={props.itemtype ? true : undefined}
      itemtype={props.itemtype}
    >
      <header class="post__header">
        <span id={`${anchor}-author${accepted ? "-accepted" : ""}`}>
          <Author v={v} author={post.author} />
        </span>
        <a href={`#${anchor}`}>
          <DateTime v={v} value={post.createdAt} itemprop={opening ? undefined : "dateCreated"} />
        </a>
        {post.editedAt && !post.deleted && (
          <a href={`/messages/${post.id}/historique`}>{t("community.post.edited")}</a>
        )}
        {post.replyTo && (
          <a href={`${topicUrl(topic, post.replyTo.page)}#message-${post.replyTo.position}`}>
            {t("community.post.inReplyTo", { position: post.replyTo.position })}
          </a>
        )}
        {accepted && <strong class="badge badge--solved">{t("community.acceptedAnswer")}</strong>}
      </header>
      {post.deleted ? (
        <p>{t(withdrawnText(post))}</p>
      ) : (
        // Rendered once at write time by the safe Markdown settings (no raw HTML, checked links).
        <div class="post__body" itemprop="text" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      )}
      {post.moderationNote && !post.deleted && (
        <p class="post__moderation-note">
          {t("community.post.moderationNote", { note: post.moderationNote })}
        </p>
      )}
      {props.itemtype && !opening && <meta itemprop="upvoteCount" content={String(post.helpfulCount)} />}
      {!accepted && !post.deleted && (
        <PostActions v={v} topic={topic} post={post} reader={props.reader} page={props.page} />
      )}
    </article>
  );
}

function FollowControl({
  v,
  topic,
  level,
}: {
  v: ViewContext;
  topic: Topic;
  level: SubscriptionLevel | null;
}) {
  const { t } = v.i18n;
  const choices: [string, string, string][] = [
    ["suivre", "following", t("community.follow.following")],
    ["normal", "", t("community.follow.normal")],
    ["ignorer", "muted", t("community.follow.muted")],
  ];
  return (
    <PostForm v={v} action={`/t/${topic.id}/suivi`} class="follow-control">
      <fieldset class="choices choices--inline">
        <legend>{t("community.follow.legend")}</legend>
        {choices.map(([value, stored, label]) => (
          <label key={value}>
            <input type="radio" name="niveau" value={value} checked={(level ?? "") === stored} /> {label}
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button button--small button--secondary">
        {t("community.follow.save")}
      </button>
    </PostForm>
  );
}

/**
 * A topic's description for search engines and shared links: its opening post as plain text,
 * kept by the post's version (a digest of the post, its HTML included), which gives the same
 * text wherever it is read. Reading the HTML again as Markdown was a twentieth of a page.
 */
const descriptions = new KeptWithinCharacters<string>(1024 * 1024, (text, key) => text.length + key.length);

function descriptionOf(opening: PostView): string {
  let text = descriptions.get(opening.version);
  if (text === undefined) {
    text = plainText(opening.bodyHtml.replace(/<[^>]+>/g, " "), 160);
    descriptions.set(opening.version, text);
  }
  return text;
}

export function TopicPage(props: {
  v: ViewContext;
  topic: Topic;
  category: Category;
  posts: PostView[];
  accepted: PostView | undefined;
  page: number;
  pageCount: number;
  marks: ReaderMarks;
  subscription: SubscriptionLevel | null;
  replyTarget?: ReplyTarget | undefined;
  replyValue?: string | undefined;
  replyErrors?: FieldErrors | undefined;
  masking?: LabelledFinding[] | undefined;
}) {
  const { v, topic, category } = props;
  const { t } = v.i18n;
  const canAccept = can(v.actor, { action: "accept_answer", topic });
  const opening = props.posts.find((p) => p.position === 1);
  const rest = props.posts.filter((p) => p.position !== 1);
  const question = topic.kind === "question";
  const common = { v, topic, marks: props.marks, page: props.page };
  const lastPage = props.page === props.pageCount;
  return (
    <Layout
      v={v}
      title={topic.title}
      description={opening && !opening.deleted ? descriptionOf(opening) : undefined}
      canonicalPath={topicUrl(topic, props.page)}
      openGraphType="article"
    >
      <div
        itemscope
        itemtype={question ? "https://schema.org/QAPage" : "https://schema.org/DiscussionForumPosting"}
      >
        <p>
          <CategoryMark category={category} />
        </p>
        <div
          itemprop={question ? "mainEntity" : undefined}
          itemscope={question ? true : undefined}
          itemtype={question ? "https://schema.org/Question" : undefined}
        >
          <h1 itemprop={question ? "name" : "headline"}>{topic.title}</h1>
          <meta
            itemprop={question ? "dateCreated" : "datePublished"}
            content={topic.createdAt.toISOString()}
          />
          <p class="topic-list__meta">
            {topic.acceptedPostId ? (
              <span class="badge badge--solved">{t("community.solved")}</span>
            ) : (
              question && <span class="badge">{t("community.kind.question")}</span>
            )}
            <span>{t("community.list.replies", { count: v.i18n.number(topic.replyCount) })}</span>
            {question && <meta itemprop="answerCount" content={String(topic.replyCount)} />}
          </p>
          {v.actor && <FollowControl v={v} topic={topic} level={props.subscription} />}
          {opening && <PostArticle {...common} post={opening} canAccept={false} />}
          {props.accepted && props.page === 1 && (
            <section aria-labelledby="accepted-title">
              <h2 id="accepted-title" class="visually-hidden">
                {t("community.acceptedAnswer")}
              </h2>
              <PostArticle
                {...common}
                post={props.accepted}
                accepted
                canAccept={false}
                itemprop={question ? "acceptedAnswer" : undefined}
                itemtype={question ? "https://schema.org/Answer" : undefined}
              />
            </section>
          )}
          {(rest.length > 0 || lastPage) && (
            <section aria-labelledby="replies-title">
              <h2 id="replies-title">{t("community.replies")}</h2>
              <div id="replies-list" data-live-topic={lastPage ? String(topic.id) : undefined}>
                {rest.map((post) => (
                  <PostArticle
                    key={post.id}
                    {...common}
                    post={post}
                    canAccept={canAccept}
                    {...answerMicrodata(topic, post)}
                  />
                ))}
              </div>
            </section>
          )}
        </div>
      </div>
      <p id="load-more">
        {!lastPage && (
          <a
            href={topicUrl(topic, props.page + 1)}
            hx-get={topicUrl(topic, props.page + 1)}
            hx-select="#replies-list > article"
            hx-target="#replies-list"
            hx-swap="beforeend"
            hx-select-oob="#load-more,#topic-pagination"
            hx-push-url="true"
          >
            {t("community.loadMore")}
          </a>
        )}
      </p>
      <div id="topic-pagination">
        <Pagination v={v} page={props.page} pageCount={props.pageCount} href={(p) => topicUrl(topic, p)} />
      </div>
      <p
        class="visually-hidden"
        role="status"
        id="live-announcer"
        data-new-reply={t("community.live.newReply")}
      />
      <ReplySection
        v={v}
        topic={topic}
        page={props.page}
        live={lastPage}
        replyTarget={props.replyTarget}
        replyValue={props.replyValue}
        replyErrors={props.replyErrors}
        masking={props.masking}
      />
    </Layout>
  );
}

/** Microdata for a reply: a suggested answer to a question, or a comment of a discussion. */
function answerMicrodata(topic: Topic, post: PostView): { itemprop?: string; itemtype?: string } {
  if (topic.kind !== "question") return { itemprop: "comment", itemtype: "https://schema.org/Comment" };
  // The accepted answer is marked once, where it is shown under the question.
  if (post.id === topic.acceptedPostId) return {};
  return { itemprop: "suggestedAnswer", itemtype: "https://schema.org/Answer" };
}

/**
 * The reply box. On the topic's last page, htmx posts it and appends the new reply in place;
 * elsewhere (and without script) the form posts and the page reloads at the new reply.
 */
export function ReplySection(props: {
  v: ViewContext;
  topic: Topic;
  page: number;
  live: boolean;
  replyTarget?: ReplyTarget | undefined;
  replyValue?: string | undefined;
  replyErrors?: FieldErrors | undefined;
  masking?: LabelledFinding[] | undefined;
  oob?: boolean;
}) {
  const { v, topic } = props;
  const { t } = v.i18n;
  const action = `/t/${topic.id}/repondre`;
  const htmx = props.live ? { "hx-post": action, "hx-target": "#replies-list", "hx-swap": "beforeend" } : {};
  return (
    <section
      aria-labelledby="reply-title"
      class="card"
      id="repondre"
      hx-swap-oob={props.oob ? "true" : undefined}
    >
      <h2 id="reply-title">{t("community.reply.title")}</h2>
      {can(v.actor, { action: "reply", topic }) ? (
        <>
          {isStaff(v.actor) && <p class="notice">{t("community.reply.asStaff")}</p>}
          <ErrorSummary v={v} errors={props.replyErrors} />
          <PostForm v={v} action={action} {...htmx}>
            <MaskingNotice v={v} findings={props.masking} />
            {props.replyTarget && (
              <p>
                <input type="hidden" name="replyTo" value={String(props.replyTarget.id)} />
                {t("community.reply.answering", { position: props.replyTarget.position })}{" "}
                <a href={`${topicUrl(topic, props.page)}#repondre`}>{t("community.reply.answerTopic")}</a>
              </p>
            )}
            <TextArea
              v={v}
              name="body"
              label={t("community.reply.label")}
              hint={t("community.markdownHint")}
              value={props.replyValue}
              errors={props.replyErrors}
              required
              maxLength={BODY_MAX}
            />
            <button type="submit" class="button">
              {t("community.reply.submit")}
            </button>
          </PostForm>
        </>
      ) : v.actor?.silenced ? (
        <SilencedNotice v={v} />
      ) : (
        <p>
          <a href={`/connexion?suite=${encodeURIComponent(topicUrl(topic))}`}>
            {t("community.reply.signIn")}
          </a>
        </p>
      )}
    </section>
  );
}
