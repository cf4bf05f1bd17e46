import { may } from "../../../platform/auth/access.ts";
import {
  Csrf,
  ErrorSummary,
  Field,
  type FieldErrors,
  Pagination,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { MaskingNotice } from "../../../platform/views/masking-notice.tsx";
import type { LabelledFinding } from "../../../text/personal-data-masking.ts";
import { Author, DateTime, withdrawnText } from "../../community/components.tsx";
import type { PostView } from "../../community/model.ts";
import { topicUrl } from "../../community/paths.ts";
import { publishNews } from "../policy.ts";
import { type ArticleView, articleUrl, BODY_MAX, EXCERPT_LIMITS, TITLE_LIMITS } from "../service.ts";

const FEEDS = { rss: "/actualites/flux.rss", atom: "/actualites/flux.atom" };

function CoverImage({ article, eager }: { article: ArticleView; eager?: boolean }) {
  if (!article.cover) return null;
  return (
    <img
      class="article-cover"
      src={article.cover.url}
      alt={article.cover.alt}
      width={article.cover.width}
      height={article.cover.height}
      loading={eager ? undefined : "lazy"}
      itemprop="image"
    />
  );
}

export function NewsListPage(props: {
  v: ViewContext;
  items: ArticleView[];
  page: number;
  pageCount: number;
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout
      v={v}
      title={t("newsroom.title")}
      description={t("newsroom.lead")}
      canonicalPath={props.page > 1 ? `/actualites?page=${props.page}` : "/actualites"}
      feeds={{ title: t("newsroom.title"), ...FEEDS }}
    >
      <h1>{t("newsroom.title")}</h1>
      <p class="lead">{t("newsroom.lead")}</p>
      <p>
        {t("community.feed.follow")} <a href={FEEDS.rss}>RSS</a> · <a href={FEEDS.atom}>Atom</a>
        {may(v.actor, publishNews) && (
          <>
            {" "}
            · <a href="/actualites/nouvel-article">{t("newsroom.new")}</a>
          </>
        )}
      </p>
      {props.items.length === 0 ? (
        <p>{t("newsroom.empty")}</p>
      ) : (
        <ul class="article-list">
          {props.items.map((article) => (
            <li key={article.id} class="article-card">
              <CoverImage article={article} />
              <h2>
                <a href={articleUrl(article)}>{article.title}</a>
              </h2>
              <p>{article.excerpt}</p>
              <p class="topic-list__meta">
                <DateTime v={v} value={article.publishedAt} />
                <span>{t("newsroom.comments", { count: v.i18n.number(article.commentCount) })}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        v={v}
        page={props.page}
        pageCount={props.pageCount}
        href={(p) => (p > 1 ? `/actualites?page=${p}` : "/actualites")}
      />
    </Layout>
  );
}

export function ArticlePage(props: {
  v: ViewContext;
  article: ArticleView;
  comments: PostView[];
  discussion: { slug: string; id: number } | undefined;
  canComment: boolean;
  commentValue?: string | undefined;
  commentErrors?: FieldErrors | undefined;
  commentMasking?: LabelledFinding[] | undefined;
}) {
  const { v, article } = props;
  const { t } = v.i18n;
  return (
    <Layout
      v={v}
      title={article.title}
      description={article.excerpt}
      canonicalPath={articleUrl(article)}
      openGraphType="article"
      feeds={{ title: t("newsroom.title"), ...FEEDS }}
    >
      <article itemscope itemtype="https://schema.org/NewsArticle" class="article">
        <p>
          <a href="/actualites">{t("newsroom.title")}</a>
        </p>
        <h1 itemprop="headline">{article.title}</h1>
        <p class="lead" itemprop="description">
          {article.excerpt}
        </p>
        <p class="topic-list__meta">
          <Author v={v} author={article.author} />
          <DateTime v={v} value={article.publishedAt} itemprop="datePublished" />
          {article.updatedAt.getTime() > article.publishedAt.getTime() + 60_000 && (
            <span>
              {t("newsroom.updated")} <DateTime v={v} value={article.updatedAt} itemprop="dateModified" />
            </span>
          )}
        </p>
        <CoverImage article={article} eager />
        {/* Rendered once at write time by the safe Markdown settings. */}
        <div
          class="article__body"
          itemprop="articleBody"
          dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
        />
        {may(v.actor, publishNews) && (
          <p>
            <a href={`/actualites/${article.id}/modifier`}>{t("newsroom.edit")}</a>
          </p>
        )}
      </article>
      <section aria-labelledby="comments-title" class="comments">
        <h2 id="comments-title">{t("newsroom.comments", { count: v.i18n.number(article.commentCount) })}</h2>
        {props.comments.map((comment) => (
          <article
            key={comment.id}
            id={`message-${comment.position}`}
            class="post"
            aria-labelledby={`comment-${comment.id}`}
          >
            <header class="post__header">
              <span id={`comment-${comment.id}`}>
                <Author v={v} author={comment.author} />
              </span>
              <DateTime v={v} value={comment.createdAt} />
            </header>
            {comment.deleted ? (
              <p>{t(withdrawnText(comment))}</p>
            ) : (
              <div class="post__body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
            )}
          </article>
        ))}
        {props.discussion && article.commentCount > props.comments.length && (
          <p>
            <a href={topicUrl(props.discussion)}>{t("newsroom.allComments")}</a>
          </p>
        )}
        {props.discussion &&
          (props.canComment ? (
            <form method="post" action={`/actualites/${article.id}/commenter`} class="card" novalidate>
              <Csrf v={v} />
              <ErrorSummary v={v} errors={props.commentErrors} />
              <MaskingNotice v={v} findings={props.commentMasking} />
              <TextArea
                v={v}
                name="body"
                label={t("newsroom.comment.label")}
                hint={t("community.markdownHint")}
                value={props.commentValue}
                errors={props.commentErrors}
                required
                maxLength={BODY_MAX}
                rows={5}
              />
              <button type="submit" class="button">
                {t("newsroom.comment.submit")}
              </button>
            </form>
          ) : (
            !v.actor && (
              <p>
                <a href={`/connexion?suite=${encodeURIComponent(articleUrl(article))}`}>
                  {t("newsroom.comment.signIn")}
                </a>
              </p>
            )
          ))}
      </section>
    </Layout>
  );
}

export interface ArticleFormValues {
  title: string;
  excerpt: string;
  body: string;
  coverAlt: string;
}

/** Writing or editing an article. The form is multipart: it may carry a cover image. */
export function ArticleFormPage(props: {
  v: ViewContext;
  action: string;
  values: ArticleFormValues;
  hasCover: boolean;
  errors?: FieldErrors | undefined;
}) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  const coverError = errors?.cover;
  return (
    <Layout v={v} title={props.hasCover ? t("newsroom.edit") : t("newsroom.new")}>
      <h1>{props.action.endsWith("modifier") ? t("newsroom.edit") : t("newsroom.new")}</h1>
      <p>{t("newsroom.form.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <form method="post" action={props.action} enctype="multipart/form-data" novalidate>
        <Csrf v={v} />
        <Field
          v={v}
          name="title"
          label={t("community.field.title")}
          value={values.title}
          errors={errors}
          required
          maxLength={TITLE_LIMITS.max}
        />
        <TextArea
          v={v}
          name="excerpt"
          label={t("newsroom.field.excerpt")}
          hint={t("newsroom.field.excerptHint", { min: EXCERPT_LIMITS.min, max: EXCERPT_LIMITS.max })}
          value={values.excerpt}
          errors={errors}
          required
          maxLength={EXCERPT_LIMITS.max}
          rows={3}
        />
        <TextArea
          v={v}
          name="body"
          label={t("newsroom.field.body")}
          hint={t("community.markdownHint")}
          value={values.body}
          errors={errors}
          required
          maxLength={BODY_MAX}
          rows={16}
        />
        <div class={coverError ? "field field--error" : "field"}>
          <label for="field-cover">{t("newsroom.field.cover")}</label>
          <p class="field__hint" id="field-cover-hint">
            {props.hasCover ? t("newsroom.field.coverKeep") : t("newsroom.field.coverHint")}
          </p>
          {coverError && (
            <p class="field__error" id="field-cover-error">
              {t(coverError)}
            </p>
          )}
          <input
            id="field-cover"
            name="cover"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby={coverError ? "field-cover-hint field-cover-error" : "field-cover-hint"}
          />
        </div>
        <Field
          v={v}
          name="coverAlt"
          label={t("newsroom.field.coverAlt")}
          hint={t("newsroom.field.coverAltHint")}
          value={values.coverAlt}
          errors={errors}
          maxLength={200}
        />
        <button type="submit" class="button">
          {t("newsroom.form.submit")}
        </button>
      </form>
    </Layout>
  );
}
