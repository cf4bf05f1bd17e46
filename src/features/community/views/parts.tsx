import { isStaffRole } from "../../../platform/auth/roles.ts";
import type { ViewContext } from "../../../platform/views/context.ts";
import { profilePath } from "../../../text/mentions.ts";
import type { PublicProfile } from "../../accounts/model.ts";
import type { Category, TopicSummary } from "../model.ts";
import { topicUrl } from "../paths.ts";

export function DateTime({
  v,
  value,
  itemprop,
}: {
  v: ViewContext;
  value: Date;
  itemprop?: string | undefined;
}) {
  return (
    <time dateTime={value.toISOString()} itemprop={itemprop}>
      {v.i18n.dateTime(value)}
    </time>
  );
}

/** The category's colour as a mark beside its name: the name carries the meaning, not the colour. */
export function CategoryMark({ category }: { category: Pick<Category, "slug" | "name" | "colour"> }) {
  return (
    <a href={`/c/${category.slug}`} class="category-mark">
      <span class={`category-mark__dot category-mark__dot--${category.colour}`} aria-hidden="true" />
      {category.name}
    </a>
  );
}

/**
 * The author's name and, for the bank's people, a badge drawn from the role the bank gave
 * them on the server — never from anything the person typed, so it cannot be imitated.
 */
export function Author({ v, author }: { v: ViewContext; author: PublicProfile | null }) {
  const { t } = v.i18n;
  if (!author) return <span class="author author--former">{t("community.formerMember")}</span>;
  return (
    <span class="author" itemprop="author" itemscope itemtype="https://schema.org/Person">
      <a class="author__name" href={profilePath(author.id)} itemprop="url">
        <span itemprop="name">{author.displayName}</span>
      </a>
      {isStaffRole(author.role) && <StaffBadge v={v} role={author.role} team={author.team} />}
    </span>
  );
}

/** Letters and digits only, without case or accents: how two labels are compared. */
const wordsOf = (label: string) =>
  label
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * "✓ Conseiller vérifié · Crédit et épargne". The team is left out when the role already says
 * it ("Responsable de communauté · Communauté" would stutter).
 */
function StaffBadge({ v, role, team }: { v: ViewContext; role: PublicProfile["role"]; team: string | null }) {
  const { t } = v.i18n;
  const label =
    role === "advisor"
      ? t("community.badge.advisor")
      : t("community.badge.staff", { role: t(`role.${role}`) });
  const roleWords = new Set(wordsOf(t(`role.${role}`)));
  const teamWords = wordsOf(team ?? "");
  const teamSaysMore = teamWords.length > 0 && !teamWords.every((word) => roleWords.has(word));
  return (
    <span class="badge badge--verified">
      <span aria-hidden="true">✓ </span>
      {label}
      {teamSaysMore && ` · ${team}`}
    </span>
  );
}

export function TopicList({ v, items }: { v: ViewContext; items: TopicSummary[] }) {
  const { t } = v.i18n;
  if (items.length === 0) return <p>{t("community.list.empty")}</p>;
  return (
    <ol class="topic-list">
      {/* A row shows nothing of its reader: one kept copy per topic as it stands, for everyone. */}
      {items.map((topic) =>
        v.fragment(topicRowFacts(topic), (shared) => <TopicRow v={shared} topic={topic} />),
      )}
    </ol>
  );
}

/**
 * Everything a row shows, written out as one short key: writing the whole summary out field by
 * field for thirty rows was a fifth of a listing's time. Add here what TopicRow comes to show.
 */
function topicRowFacts(topic: TopicSummary): string {
  const { category, author } = topic;
  return JSON.stringify([
    "topic-row",
    topic.id,
    topic.slug,
    topic.title,
    topic.kind,
    topic.solved,
    topic.replyCount,
    topic.lastPostedAt.getTime(),
    category.slug,
    category.name,
    category.colour,
    author?.id ?? null,
    author?.displayName ?? null,
    author?.role ?? null,
    author?.team ?? null,
  ]);
}

function TopicRow({ v, topic }: { v: ViewContext; topic: TopicSummary }) {
  const { t } = v.i18n;
  return (
    <li class="topic-list__item">
      <h3 class="topic-list__title">
        <a href={topicUrl(topic)}>{topic.title}</a>
      </h3>
      <p class="topic-list__meta">
        {topic.solved && <span class="badge badge--solved">{t("community.solved")}</span>}
        {topic.kind === "question" && !topic.solved && (
          <span class="badge">{t("community.kind.question")}</span>
        )}
        <CategoryMark category={topic.category} />
        <span>
          {t("community.list.by")} <Author v={v} author={topic.author} />
        </span>
        <span>{t("community.list.replies", { count: v.i18n.number(topic.replyCount) })}</span>
        <span>
          {t("community.list.lastActivity")} <DateTime v={v} value={topic.lastPostedAt} />
        </span>
      </p>
    </li>
  );
}

/** Topics that may already answer the question being typed (fetched by htmx as the title changes). */
export function SimilarTopics({ v, topics }: { v: ViewContext; topics: TopicSummary[] }) {
  const { t } = v.i18n;
  if (topics.length === 0) return null;
  return (
    <>
      <h2 class="similar__title">{t("community.similar.title")}</h2>
      <ul>
        {topics.map((topic) => (
          <li key={topic.id}>
            <a href={topicUrl(topic)}>{topic.title}</a>
            {topic.solved && <span class="badge badge--solved">{t("community.solved")}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
