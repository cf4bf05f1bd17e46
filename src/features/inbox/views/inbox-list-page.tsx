import { isMessageKey } from "../../../platform/i18n/index.ts";
import { PageCount, Pagination, Select } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import type { PublicProfile } from "../../accounts/model.ts";
import { conversationHref, type InboxQuery, inboxHref, VIEW_SLUGS } from "../list-query.ts";
import type { InboxFilters, InboxList, InboxRow, InboxView } from "../lists.ts";
import { INBOX_VIEWS } from "../lists.ts";
import { SENTIMENTS } from "../schema.ts";

export interface InboxListProps {
  v: ViewContext;
  query: InboxQuery;
  list: InboxList;
  assignees: Map<number, PublicProfile>;
  teams: { slug: string; nameFr: string; nameEn: string }[];
  categories: { slug: string; name: string }[];
  sources: readonly string[];
  now: Date;
}

const MINUTE = 60_000;

/** "3 hours", "2 days": how far a due time is, in the largest unit that fits. */
function duration(v: ViewContext, ms: number): string {
  const { t } = v.i18n;
  const minutes = Math.max(1, Math.round(ms / MINUTE));
  if (minutes < 60) return t("inbox.views.duration.minutes", { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t("inbox.views.duration.hours", { count: hours });
  return t("inbox.views.duration.days", { count: Math.round(hours / 24) });
}

/** The next due time in words; late ones say so in words, the colour only repeats it. */
function Due({ v, row, now }: { v: ViewContext; row: InboxRow; now: Date }) {
  const { t, dateTime } = v.i18n;
  if (!row.dueAt || row.status === "resolved") return null;
  if (row.pausedAt) return <span class="due due--paused">{t("inbox.views.due.paused")}</span>;
  const late = row.dueAt.getTime() < now.getTime();
  const words = duration(v, Math.abs(row.dueAt.getTime() - now.getTime()));
  return (
    <time
      dateTime={row.dueAt.toISOString()}
      title={dateTime(row.dueAt)}
      class={late ? "due due--late" : "due"}
    >
      {late ? t("inbox.views.due.late", { duration: words }) : t("inbox.views.due.in", { duration: words })}
    </time>
  );
}

function sourceName(v: ViewContext, source: string): string {
  const key = `inbox.views.source.${source}`;
  return isMessageKey(key) ? v.i18n.t(key) : source;
}

function Status({ v, row }: { v: ViewContext; row: InboxRow }) {
  const { t, dateTime } = v.i18n;
  if (row.status === "snoozed" && row.snoozedUntil)
    return <>{t("inbox.views.status.snoozedUntil", { until: dateTime(row.snoozedUntil) })}</>;
  return <>{t(`inbox.views.status.${row.status}`)}</>;
}

function Row({
  v,
  row,
  assignees,
  now,
}: Omit<InboxListProps, "list" | "query" | "teams" | "categories" | "sources"> & { row: InboxRow }) {
  const { t, locale } = v.i18n;
  const team = locale === "fr" ? row.teamNameFr : row.teamNameEn;
  const assignee = row.assigneeId === null ? undefined : assignees.get(row.assigneeId)?.displayName;
  return (
    <li class={row.unread ? "inbox-row inbox-row--unread" : "inbox-row"} data-conversation={row.id}>
      <p class="inbox-row__title">
        <a href={conversationHref(row.id)} class="inbox-row__link">
          {row.subject}
        </a>
        {row.unread && <span class="badge badge--unread">{t("inbox.views.unread")}</span>}
        {row.complaint && (
          <span class="badge badge--complaint">
            {row.complaintConfirmed ? t("inbox.views.complaint") : t("inbox.views.complaintSuggested")}
          </span>
        )}
      </p>
      <p class="inbox-row__meta">
        <span>{row.person}</span>
        <span>{sourceName(v, row.source)}</span>
        <span>
          {team ?? t("inbox.views.noTeam")} · {assignee ?? t("inbox.views.unassignedShort")}
        </span>
        <span>
          <Status v={v} row={row} />
        </span>
        <span>{t(`inbox.views.sentiment.${row.sentiment}`)}</span>
        <Due v={v} row={row} now={now} />
      </p>
    </li>
  );
}

/** The views with their counts, the list and its pages: what the live script fetches again. */
export function InboxWork(props: InboxListProps) {
  const { v, query, list } = props;
  const { t, number } = v.i18n;
  const viewName = t(`inbox.views.view.${query.view}`);
  return (
    <div id="inbox-work" data-inbox-list>
      <nav aria-label={t("inbox.views.label")} class="inbox-views">
        <ul>
          {INBOX_VIEWS.map((view: InboxView) => (
            <li key={view}>
              <a
                href={inboxHref({ ...query, view, page: 1 })}
                aria-current={view === query.view ? "page" : undefined}
                class={view === "overdue" && list.counts.overdue > 0 ? "inbox-views__late" : undefined}
              >
                {t(`inbox.views.view.${view}`)} <span class="counter">{number(list.counts[view])}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 id="inbox-list-title" class="inbox-list-title">
        {viewName}
      </h2>
      <PageCount v={v} page={list.page} />
      {list.page.items.length === 0 ? (
        <p>{t("inbox.views.empty")}</p>
      ) : (
        <ol class="inbox-list" aria-labelledby="inbox-list-title">
          {list.page.items.map((row) => (
            <Row key={row.id} v={v} row={row} assignees={props.assignees} now={props.now} />
          ))}
        </ol>
      )}
      <Pagination
        v={v}
        page={list.page.page}
        pageCount={list.page.pageCount}
        href={(page) => inboxHref({ ...query, page })}
      />
    </div>
  );
}

/** A filter's drop-down list: its first choice narrows nothing. */
function Choice(props: {
  v: ViewContext;
  name: string;
  label: string;
  value: string | undefined;
  options: { value: string; label: string }[];
}) {
  const any = { value: "", label: props.v.i18n.t("inbox.views.filter.any") };
  return (
    <Select
      v={props.v}
      name={props.name}
      label={props.label}
      value={props.value ?? ""}
      options={[any, ...props.options]}
    />
  );
}

function Filters({ v, query, teams, categories, sources }: InboxListProps) {
  const { t, locale } = v.i18n;
  const f: InboxFilters = query.filters;
  const filtered = Object.values(f).some(Boolean);
  return (
    <search>
      <form method="get" action="/admin/boite" class="inbox-filters">
        <input type="hidden" name="vue" value={VIEW_SLUGS[query.view]} />
        <div class="inbox-filters__field inbox-filters__search">
          <label for="inbox-q">{t("inbox.views.search")}</label>
          <input id="inbox-q" name="q" type="search" value={f.search ?? ""} maxLength={200} />
        </div>
        <Choice
          v={v}
          name="source"
          label={t("inbox.views.filter.source")}
          value={f.source}
          options={sources.map((s) => ({ value: s, label: sourceName(v, s) }))}
        />
        <Choice
          v={v}
          name="equipe"
          label={t("inbox.views.filter.team")}
          value={f.team}
          options={teams.map((team) => ({
            value: team.slug,
            label: locale === "fr" ? team.nameFr : team.nameEn,
          }))}
        />
        <Choice
          v={v}
          name="langue"
          label={t("inbox.views.filter.language")}
          value={f.language}
          options={[
            { value: "fr", label: t("inbox.views.language.fr") },
            { value: "en", label: t("inbox.views.language.en") },
          ]}
        />
        <Choice
          v={v}
          name="ton"
          label={t("inbox.views.filter.sentiment")}
          value={f.sentiment}
          options={SENTIMENTS.map((s) => ({ value: s, label: t(`inbox.views.sentiment.${s}`) }))}
        />
        <Choice
          v={v}
          name="categorie"
          label={t("inbox.views.filter.category")}
          value={f.category}
          options={categories.map((c) => ({ value: c.slug, label: c.name }))}
        />
        <div class="inbox-filters__field">
          <label for="inbox-tag">{t("inbox.views.filter.tag")}</label>
          <input id="inbox-tag" name="etiquette" type="text" value={f.tag ?? ""} maxLength={50} />
        </div>
        <div class="inbox-filters__actions">
          <button type="submit" class="button button--small">
            {t("inbox.views.filter.submit")}
          </button>
          {filtered && (
            <a href={inboxHref({ view: query.view, filters: {}, page: 1 })}>
              {t("inbox.views.filter.clear")}
            </a>
          )}
        </div>
      </form>
    </search>
  );
}

/** The inbox: the views, the filters and search, the conversations of the view, one page at a time. */
export function InboxListPage(props: InboxListProps) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={`${t(`inbox.views.view.${props.query.view}`)} · ${t("inbox.title")}`}>
      <h1>{t("inbox.title")}</h1>
      <Filters {...props} />
      <InboxWork {...props} />
      <p id="inbox-announcer" class="visually-hidden" role="status" data-updated={t("inbox.views.updated")} />
    </Layout>
  );
}
