import { Field, Pagination, Select } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { Category } from "../model.ts";
import { topicUrl } from "../paths.ts";
import { MARK_END, MARK_START, type SearchHit } from "../search.ts";
import { CategoryMark, DateTime } from "./parts.tsx";

/** What the search form sends, as typed: the page shows it back and keeps it across pages. */
export interface SearchForm {
  q: string;
  categorie: string;
  statut: string;
  auteur: string;
  depuis: string;
}

export function searchUrl(form: SearchForm, page = 1): string {
  const params = new URLSearchParams(Object.entries(form).filter(([, value]) => value !== ""));
  if (page > 1) params.set("page", String(page));
  return `/recherche?${params}`;
}

function Snippet({ text }: { text: string }) {
  // Matched words arrive between control characters; everything is rendered as text.
  const parts = text.split(new RegExp(`(${MARK_START}[^${MARK_END}]*${MARK_END})`));
  return (
    <p class="search-hit">
      {parts.map((part, i) =>
        part.startsWith(MARK_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : part,
      )}
    </p>
  );
}

function Filters({ v, form, categories }: { v: ViewContext; form: SearchForm; categories: Category[] }) {
  const { t } = v.i18n;
  return (
    <fieldset class="search-filters">
      <legend>{t("community.search.filters")}</legend>
      <Select
        v={v}
        name="categorie"
        label={t("community.field.category")}
        value={form.categorie}
        options={[
          { value: "", label: t("community.search.anyCategory") },
          ...categories.map((c) => ({ value: c.slug, label: c.name })),
        ]}
      />
      <Select
        v={v}
        name="statut"
        label={t("community.search.status")}
        value={form.statut}
        options={[
          { value: "", label: t("community.search.anyStatus") },
          { value: "resolu", label: t("community.list.solved") },
          { value: "sans-reponse", label: t("community.list.unanswered") },
        ]}
      />
      <Field
        v={v}
        name="auteur"
        label={t("community.search.author")}
        hint={t("community.search.authorHint")}
        value={form.auteur}
        maxLength={40}
      />
      <Select
        v={v}
        name="depuis"
        label={t("community.search.since")}
        value={form.depuis}
        options={[
          { value: "", label: t("community.search.anyTime") },
          { value: "semaine", label: t("community.search.since.semaine") },
          { value: "mois", label: t("community.search.since.mois") },
          { value: "annee", label: t("community.search.since.annee") },
        ]}
      />
    </fieldset>
  );
}

/** Whom "auteur" answered to: each name a link to keep only that person's topics. */
function AuthorsMatched(props: {
  v: ViewContext;
  form: SearchForm;
  authors: { id: number; displayName: string }[];
}) {
  const { t } = props.v.i18n;
  if (props.authors.length === 0) return <p>{t("community.search.noAuthor", { name: props.form.auteur })}</p>;
  const names = [...new Set(props.authors.map((author) => author.displayName))];
  if (names.length === 1 && names[0] === props.form.auteur) return null;
  return (
    <p>
      {t("community.search.authorsMatched", { name: props.form.auteur })}{" "}
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 && ", "}
          <a href={searchUrl({ ...props.form, auteur: name })}>{name}</a>
        </span>
      ))}
    </p>
  );
}

export function SearchPage(props: {
  v: ViewContext;
  form: SearchForm;
  categories: Category[];
  searched: boolean;
  hits: SearchHit[];
  /** The people the author filter answered to, when one was typed. */
  authors?: { id: number; displayName: string }[] | undefined;
  total: number;
  /** More matches than were ranked: the count shown is "more than". */
  moreThan: boolean;
  page: number;
  pageCount: number;
}) {
  const { v, form } = props;
  const { t } = v.i18n;
  const query = form.q;
  return (
    <Layout v={v} title={query ? t("community.search.titleFor", { query }) : t("community.search.title")}>
      <h1>{t("community.search.title")}</h1>
      <search>
        <form method="get" action="/recherche" class="search-page-form">
          <div class="field">
            <label for="search-words">{t("community.search.label")}</label>
            <input id="search-words" type="search" name="q" value={query} maxLength={200} />
          </div>
          <Filters v={v} form={form} categories={props.categories} />
          <button type="submit" class="button">
            {t("community.search.submit")}
          </button>
        </form>
      </search>
      {props.searched && (
        <p role="status">
          {props.total === 0
            ? t("community.search.noneFiltered")
            : props.moreThan
              ? t("community.search.foundMore", { count: v.i18n.number(props.total) })
              : t("community.search.found", { count: props.total })}
        </p>
      )}
      {props.authors && <AuthorsMatched v={v} form={form} authors={props.authors} />}
      <ol class="topic-list">
        {props.hits.map((hit) => (
          <li key={hit.id} class="topic-list__item">
            <h2 class="topic-list__title">
              <a href={topicUrl(hit)}>{hit.title}</a>
            </h2>
            <Snippet text={hit.snippet} />
            <p class="topic-list__meta">
              {hit.solved && <span class="badge badge--solved">{t("community.solved")}</span>}
              <CategoryMark category={hit.category} />
              <span>{t("community.list.replies", { count: v.i18n.number(hit.replyCount) })}</span>
              <span>
                {t("community.list.lastActivity")} <DateTime v={v} value={hit.lastPostedAt} />
              </span>
            </p>
          </li>
        ))}
      </ol>
      <Pagination v={v} page={props.page} pageCount={props.pageCount} href={(p) => searchUrl(form, p)} />
    </Layout>
  );
}
