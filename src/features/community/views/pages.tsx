import {
  ErrorSummary,
  Field,
  type FieldErrors,
  Pagination,
  PostForm,
  Select,
  TextArea,
} from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { MaskingNotice } from "../../../platform/views/masking-notice.tsx";
import type { LabelledFinding } from "../../../text/personal-data-masking.ts";
import {
  BODY_MAX,
  type Category,
  type Listing,
  TITLE_MAX,
  TOP_LISTINGS,
  type Topic,
  type TopicSummary,
} from "../model.ts";
import { topicUrl } from "../paths.ts";
import { can } from "../policy.ts";
import type { Revision } from "../revisions.ts";
import { CategoryMark, DateTime, TopicList } from "./parts.tsx";
import { SilencedNotice } from "./topic-page.tsx";

export const LISTING_PARAM: Record<Listing, string | undefined> = {
  latest: undefined,
  unanswered: "sans-reponse",
  solved: "resolus",
  topWeek: "meilleurs-semaine",
  topMonth: "meilleurs-mois",
  topYear: "meilleurs-annee",
};

function listingUrl(base: string, listing: Listing, page = 1): string {
  const params = new URLSearchParams();
  const value = LISTING_PARAM[listing];
  if (value) params.set("liste", value);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

export function SearchForm({ v, query = "" }: { v: ViewContext; query?: string }) {
  const { t } = v.i18n;
  return (
    <search>
      <form method="get" action="/recherche" class="search-form">
        <label for="community-search">{t("community.search.label")}</label>
        <input id="community-search" type="search" name="q" value={query} maxLength={200} />
        <button type="submit" class="button button--secondary">
          {t("community.search.submit")}
        </button>
      </form>
    </search>
  );
}

function CategoryNav({
  v,
  categories,
  current,
}: {
  v: ViewContext;
  categories: Category[];
  current?: string;
}) {
  const { t } = v.i18n;
  return (
    <nav aria-labelledby="categories-title">
      <h2 id="categories-title">{t("community.categories")}</h2>
      <ul class="category-list">
        {categories.map((category) => (
          <li key={category.id} aria-current={category.slug === current ? "page" : undefined}>
            <CategoryMark category={category} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ListingPage(props: {
  v: ViewContext;
  categories: Category[];
  category?: Category | undefined;
  listing: Listing;
  items: TopicSummary[];
  page: number;
  pageCount: number;
}) {
  const { v, category, listing } = props;
  const { t } = v.i18n;
  const base = category ? `/c/${category.slug}` : "/";
  const title = category ? category.name : t("community.title");
  const top = TOP_LISTINGS.includes(listing);
  const tabs: [Listing, string, boolean][] = [
    ["latest", t("community.list.latest"), listing === "latest"],
    ["unanswered", t("community.list.unanswered"), listing === "unanswered"],
    ["solved", t("community.list.solved"), listing === "solved"],
    ["topMonth", t("community.list.top"), top],
  ];
  const periods: [Listing, string][] = [
    ["topWeek", t("community.list.topWeek")],
    ["topMonth", t("community.list.topMonth")],
    ["topYear", t("community.list.topYear")],
  ];
  const newTopic = category ? `/nouveau-sujet?categorie=${category.slug}` : "/nouveau-sujet";
  const feedBase = category ? `/c/${category.slug}/flux` : "/flux";
  return (
    <Layout
      v={v}
      title={title}
      description={category?.description ?? t("home.lead")}
      canonicalPath={listingUrl(base, listing, props.page)}
      feeds={{ title, rss: `${feedBase}.rss`, atom: `${feedBase}.atom` }}
    >
      {!category && !v.actor && props.page === 1 && listing === "latest" && (
        <section class="hero" aria-labelledby="home-title">
          <h1 id="home-title">{t("home.heading", { bank: v.bankName })}</h1>
          <p class="lead">{t("home.lead")}</p>
        </section>
      )}
      {(category || v.actor || props.page > 1 || listing !== "latest") && <h1>{title}</h1>}
      {category && <p class="lead">{category.description}</p>}
      <SearchForm v={v} />
      <div class="community-layout">
        <div>
          <div class="toolbar">
            <nav aria-label={t("community.list.label")} class="tabs">
              <ul>
                {tabs.map(([key, label, current]) => (
                  <li key={key}>
                    <a href={listingUrl(base, key)} aria-current={current ? "page" : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {(!category || can(v.actor, { action: "start_topic", category }) || !v.actor) && (
              <a class="button" href={newTopic}>
                {t("community.newTopic")}
              </a>
            )}
          </div>
          {top && (
            <nav aria-label={t("community.list.period")} class="tabs tabs--secondary">
              <ul>
                {periods.map(([key, label]) => (
                  <li key={key}>
                    <a href={listingUrl(base, key)} aria-current={key === listing ? "page" : undefined}>
                      {label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <h2 class="visually-hidden">{t("community.list.heading")}</h2>
          <TopicList v={v} items={props.items} />
          <Pagination
            v={v}
            page={props.page}
            pageCount={props.pageCount}
            href={(p) => listingUrl(base, listing, p)}
          />
        </div>
        <aside>
          <CategoryNav v={v} categories={props.categories} current={category?.slug} />
          <p>
            {t("community.feed.follow")} <a href={`${feedBase}.rss`}>RSS</a> ·{" "}
            <a href={`${feedBase}.atom`}>Atom</a>
          </p>
        </aside>
      </div>
    </Layout>
  );
}

export function NewTopicPage(props: {
  v: ViewContext;
  categories: Category[];
  values: { category?: string; kind?: string; title?: string; body?: string };
  errors?: FieldErrors | undefined;
  masking?: LabelledFinding[] | undefined;
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("community.newTopic")} narrow>
      <h1>{t("community.newTopic")}</h1>
      {v.actor?.silenced ? <SilencedNotice v={v} /> : <NewTopicForm {...props} />}
    </Layout>
  );
}

function NewTopicForm(props: Parameters<typeof NewTopicPage>[0]) {
  const { v, values, errors } = props;
  const { t } = v.i18n;
  const open = props.categories.filter((category) => can(v.actor, { action: "start_topic", category }));
  const kind = values.kind ?? "question";
  return (
    <>
      <p>{t("community.newTopic.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action="/nouveau-sujet">
        <MaskingNotice v={v} findings={props.masking} />
        <Select
          v={v}
          name="category"
          label={t("community.field.category")}
          options={open.map((category) => ({ value: category.slug, label: category.name }))}
          value={values.category}
          errors={errors}
        />
        <fieldset class="choices">
          <legend>{t("community.field.kind")}</legend>
          <label>
            <input type="radio" name="kind" value="question" checked={kind === "question"} />{" "}
            {t("community.kind.question")}
          </label>
          <label>
            <input type="radio" name="kind" value="discussion" checked={kind === "discussion"} />{" "}
            {t("community.kind.discussion")}
          </label>
        </fieldset>
        <div
          hx-get="/recherche/similaires"
          hx-trigger="input changed delay:600ms from:#field-title"
          hx-include="#field-title"
          hx-target="#similar-topics"
          hx-swap="innerHTML"
        >
          <Field
            v={v}
            name="title"
            label={t("community.field.title")}
            hint={t("community.field.titleHint")}
            value={values.title}
            errors={errors}
            required
            maxLength={TITLE_MAX}
          />
        </div>
        {/* Filled while the title is typed (with script): topics that may already answer it. */}
        <div id="similar-topics" class="similar" aria-live="polite" />
        <TextArea
          v={v}
          name="body"
          label={t("community.field.body")}
          hint={t("community.markdownHint")}
          value={values.body}
          errors={errors}
          required
          maxLength={BODY_MAX}
          rows={12}
        />
        <button type="submit" class="button">
          {t("community.newTopic.submit")}
        </button>
      </PostForm>
    </>
  );
}

export function EditPostPage({
  v,
  postId,
  body,
  errors,
  masking,
}: {
  v: ViewContext;
  postId: number;
  body: string;
  errors?: FieldErrors | undefined;
  masking?: LabelledFinding[] | undefined;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("community.edit.title")} narrow>
      <h1>{t("community.edit.title")}</h1>
      <p>{t("community.edit.intro")}</p>
      <ErrorSummary v={v} errors={errors} />
      <PostForm v={v} action={`/messages/${postId}/modifier`}>
        <MaskingNotice v={v} findings={masking} />
        <TextArea
          v={v}
          name="body"
          label={t("community.field.body")}
          hint={t("community.markdownHint")}
          value={body}
          errors={errors}
          required
          maxLength={BODY_MAX}
          rows={12}
        />
        <button type="submit" class="button">
          {t("community.edit.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function DeletePostPage({
  v,
  postId,
  topicHref,
  wholeTopic,
}: {
  v: ViewContext;
  postId: number;
  topicHref: string;
  wholeTopic: boolean;
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("community.delete.title")} narrow>
      <h1>{t("community.delete.title")}</h1>
      <p>{wholeTopic ? t("community.delete.topicIntro") : t("community.delete.intro")}</p>
      <PostForm v={v} action={`/messages/${postId}/supprimer`}>
        <p class="actions">
          <button type="submit" class="button button--danger">
            {t("community.delete.submit")}
          </button>
          <a href={topicHref}>{t("community.delete.cancel")}</a>
        </p>
      </PostForm>
    </Layout>
  );
}

export function HistoryPage({
  v,
  topic,
  position,
  revisions,
}: {
  v: ViewContext;
  topic: Topic;
  position: number;
  revisions: Revision[];
}) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("community.history.title")}>
      <p>
        <a href={`${topicUrl(topic)}#message-${position}`}>{topic.title}</a>
      </p>
      <h1>{t("community.history.title")}</h1>
      <p>{t("community.history.intro")}</p>
      {revisions.map((revision, i) => (
        <article key={i} class="post" aria-labelledby={`version-${i}`}>
          <h2 id={`version-${i}`} class="post__header">
            {revision.current ? t("community.history.current") : t("community.history.earlier")} ·{" "}
            <DateTime v={v} value={revision.publishedAt} />
          </h2>
          {/* Stored HTML from the safe Markdown renderer, as in the thread. */}
          <div class="post__body" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
        </article>
      ))}
    </Layout>
  );
}
