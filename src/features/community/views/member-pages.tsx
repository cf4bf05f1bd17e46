import { isStaffRole } from "../../../platform/auth/roles.ts";
import { Notice, Pagination, PostForm } from "../../../platform/views/components.tsx";
import type { ViewContext } from "../../../platform/views/context.ts";
import { Layout } from "../../../platform/views/layout.tsx";
import { plainText } from "../../../text/markdown.ts";
import { memberHandle } from "../../../text/mentions.ts";
import { AccountNav } from "../../accounts/components.tsx";
import type { PublicProfile } from "../../accounts/model.ts";
import type { TopicSummary } from "../model.ts";
import type { EmailSettings, NotificationView } from "../notifications.ts";
import { postUrl } from "../paths.ts";
import type { BookmarkView } from "../reactions.ts";
import { LIMITS, POINTS, type Reputation, TRUSTED_AT, type TrustLevel } from "../reputation.ts";
import { EMAIL_CHOICES, NOTIFICATION_KINDS } from "../schema.ts";
import { Author, DateTime, TopicList } from "./parts.tsx";

export function NotificationsPage(props: {
  v: ViewContext;
  items: NotificationView[];
  unread: number;
  page: number;
  hasMore: boolean;
}) {
  const { v, items } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("notifications.title")}>
      <h1>{t("notifications.title")}</h1>
      <p>{t("notifications.unread", { count: v.i18n.number(props.unread) })}</p>
      {props.unread > 0 && (
        <PostForm v={v} action="/notifications/lues">
          <button type="submit" class="button button--secondary">
            {t("notifications.markAllRead")}
          </button>
        </PostForm>
      )}
      {items.length === 0 ? (
        <p>{t("notifications.empty")}</p>
      ) : (
        <ol class="notification-list">
          {items.map((n) => (
            <li key={n.id} class={n.read ? "notification" : "notification notification--unread"}>
              {!n.read && <span class="badge">{t("notifications.new")}</span>}{" "}
              <a href={`/notifications/${n.id}`}>
                {t(`notifications.line.${n.kind}`, {
                  name: n.actorName ?? t("community.formerMember"),
                  title: n.topic.title,
                })}
              </a>{" "}
              <DateTime v={v} value={n.createdAt} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        v={v}
        page={props.page}
        pageCount={props.hasMore ? props.page + 1 : props.page}
        href={(p) => (p > 1 ? `/notifications?page=${p}` : "/notifications")}
      />
      <p>
        <a href="/compte/notifications">{t("notifications.settingsLink")}</a>
      </p>
    </Layout>
  );
}

export function NotificationSettingsPage({ v, settings }: { v: ViewContext; settings: EmailSettings }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("notifications.settings.title")}>
      <h1>{t("notifications.settings.title")}</h1>
      <AccountNav v={v} current="/compte/notifications" />
      <p>{t("notifications.settings.intro")}</p>
      <PostForm v={v} action="/compte/notifications">
        {NOTIFICATION_KINDS.map((kind) => (
          <fieldset key={kind} class="choices">
            <legend>{t(`notifications.kind.${kind}`)}</legend>
            {EMAIL_CHOICES.map((choice) => (
              <label key={choice}>
                <input type="radio" name={kind} value={choice} checked={settings[kind] === choice} />{" "}
                {t(`notifications.email.${choice}`)}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" class="button">
          {t("notifications.settings.submit")}
        </button>
      </PostForm>
    </Layout>
  );
}

export function BookmarksPage({ v, items }: { v: ViewContext; items: BookmarkView[] }) {
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("bookmarks.title")}>
      <h1>{t("bookmarks.title")}</h1>
      <AccountNav v={v} current="/compte/signets" />
      {items.length === 0 ? (
        <p>{t("bookmarks.empty")}</p>
      ) : (
        <ul class="topic-list">
          {items.map((b) => (
            <li key={b.postId} class="topic-list__item">
              <h2 class="topic-list__title">
                <a href={postUrl(b.topic, b.position)}>{b.topic.title}</a>
              </h2>
              <p>{plainText(b.excerpt, 200)}</p>
              <p class="topic-list__meta">
                {t("community.post.number", { position: b.position })} · {t("bookmarks.since")}{" "}
                <DateTime v={v} value={b.bookmarkedAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The page behind an e-mail's unsubscribe link: one button, no sign-in (RFC 8058 does it in one POST). */
export function UnsubscribePage(props: {
  v: ViewContext;
  token: string;
  what: string;
  done: boolean;
  invalid?: boolean;
}) {
  const { v } = props;
  const { t } = v.i18n;
  return (
    <Layout v={v} title={t("unsubscribe.title")} narrow>
      <h1>{t("unsubscribe.title")}</h1>
      {props.invalid ? (
        <Notice kind="error">{t("unsubscribe.invalid")}</Notice>
      ) : props.done ? (
        <Notice kind="success">{t("unsubscribe.done", { what: props.what })}</Notice>
      ) : (
        <form method="post" action={`/notifications/desabonnement?jeton=${encodeURIComponent(props.token)}`}>
          <p>{t("unsubscribe.confirm", { what: props.what })}</p>
          <button type="submit" class="button">
            {t("unsubscribe.submit")}
          </button>
        </form>
      )}
      <p>
        <a href="/compte/notifications">{t("unsubscribe.settings")}</a>
      </p>
    </Layout>
  );
}

export function ProfilePage(props: {
  v: ViewContext;
  profile: PublicProfile & { memberSince: Date };
  reputation: Reputation;
  level: TrustLevel;
  stats: { topics: number; answers: number };
  topics: TopicSummary[];
}) {
  const { v, profile, reputation } = props;
  const { t } = v.i18n;
  const n = v.i18n.number;
  return (
    <Layout v={v} title={profile.displayName} canonicalPath={`/membres/${profile.id}`}>
      <div itemscope itemtype="https://schema.org/ProfilePage">
        <h1 itemprop="name">{profile.displayName}</h1>
        <p>
          <Author v={v} author={profile} />
        </p>
        <dl class="facts">
          <dt>{t("profile.memberSince")}</dt>
          <dd>{v.i18n.date(profile.memberSince)}</dd>
          <dt>{t("profile.handle")}</dt>
          <dd>
            <code>@{memberHandle(profile.displayName, profile.id)}</code>
          </dd>
          <dt>{t("profile.reputation")}</dt>
          <dd>
            {t("profile.points", { count: reputation.points })} —{" "}
            {isStaffRole(profile.role) ? t("profile.level.staff") : t(`profile.level.${props.level}`)} (
            <a href="/aide/reputation">{t("profile.levelHelp")}</a>)
          </dd>
          <dt>{t("profile.topics")}</dt>
          <dd>{n(props.stats.topics)}</dd>
          <dt>{t("profile.answers")}</dt>
          <dd>{n(props.stats.answers)}</dd>
          <dt>{t("profile.accepted")}</dt>
          <dd>{n(reputation.acceptedAnswers)}</dd>
          <dt>{t("profile.helpful")}</dt>
          <dd>{n(reputation.helpfulReceived)}</dd>
        </dl>
        <h2>{t("profile.recentTopics")}</h2>
        {props.topics.length === 0 ? (
          <p>{t("profile.noTopics")}</p>
        ) : (
          <TopicList v={v} items={props.topics} />
        )}
        {props.topics.length > 0 && (
          <p>
            <a href={`/recherche?auteur=${encodeURIComponent(profile.displayName)}`}>
              {t("profile.allTopics")}
            </a>
          </p>
        )}
      </div>
    </Layout>
  );
}

export function ReputationHelpPage({ v }: { v: ViewContext }) {
  const { t } = v.i18n;
  const n = v.i18n.number;
  return (
    <Layout v={v} title={t("help.reputation.title")}>
      <h1>{t("help.reputation.title")}</h1>
      <p>{t("help.reputation.intro")}</p>
      <h2>{t("help.reputation.points")}</h2>
      <ul>
        <li>{t("help.reputation.helpful", { points: n(POINTS.helpful) })}</li>
        <li>{t("help.reputation.accepted", { points: n(POINTS.accepted) })}</li>
      </ul>
      <h2>{t("help.reputation.sandbox")}</h2>
      <p>{t("help.reputation.sandboxWhy", { points: n(TRUSTED_AT) })}</p>
      <table class="data-table">
        <caption>{t("help.reputation.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("help.reputation.limit")}</th>
            <th scope="col">{t("profile.level.new")}</th>
            <th scope="col">{t("profile.level.trusted")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t("help.reputation.postsPerDay")}</th>
            <td>{n(LIMITS.new.postsPerDay)}</td>
            <td>{n(LIMITS.trusted.postsPerDay)}</td>
          </tr>
          <tr>
            <th scope="row">{t("help.reputation.links")}</th>
            <td>{n(LIMITS.new.linksPerPost)}</td>
            <td>{n(LIMITS.trusted.linksPerPost)}</td>
          </tr>
          <tr>
            <th scope="row">{t("help.reputation.mentions")}</th>
            <td>{n(LIMITS.new.mentionsPerPost)}</td>
            <td>{n(LIMITS.trusted.mentionsPerPost)}</td>
          </tr>
        </tbody>
      </table>
      <p>{t("help.reputation.images")}</p>
      <h2>{t("help.reputation.badges")}</h2>
      <p>{t("help.reputation.badgesText")}</p>
      <h2>{t("help.reputation.mentionsTitle")}</h2>
      <p>{t("help.reputation.mentionsText")}</p>
    </Layout>
  );
}
