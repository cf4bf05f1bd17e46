import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { authorizedActor, declared, guardRoutes, publicAccess } from "../../platform/auth/access.ts";
import { sendRedirect } from "../../platform/auth/guards.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import { field, idParam, positiveId, queryParam } from "../../platform/http/forms.ts";
import { isHtmx, sendFragment, sendHtml, setFlash, viewContext } from "../../platform/http/render.ts";
import { readUnsubscribeToken } from "../../platform/mail/unsubscribe.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { memberHandle } from "../../text/mentions.ts";
import { memberProfile, membersNamedLike } from "../accounts/index.ts";
import { DIGEST_PURPOSE } from "./mails.ts";
import { memberActivity } from "./member-activity.ts";
import { POSTS_PER_PAGE } from "./model.ts";
import {
  emailSettings,
  isEmailChoice,
  listNotifications,
  markAllRead,
  NOTIFICATIONS_PER_PAGE,
  openNotification,
  setEmailChoice,
  setSubscription,
  unreadCount,
} from "./notifications.ts";
import { postUrl, topicUrl } from "./paths.ts";
import { keepUpWithCommunity, writeInCommunity } from "./policy.ts";
import { listBookmarks, toggleBookmark, toggleHelpful } from "./reactions.ts";
import { reputationOf, trustLevel } from "./reputation.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "./schema.ts";
import { findPost, findTopic } from "./threads.ts";
import {
  BookmarksPage,
  NotificationSettingsPage,
  NotificationsPage,
  ProfilePage,
  ReputationHelpPage,
  UnsubscribePage,
} from "./views/member-pages.tsx";
import { HelpfulForm } from "./views/topic-page.tsx";

const FOLLOW_LEVELS = { suivre: "following", ignorer: "muted", normal: null } as const;

/**
 * What a member does around posts and people: marking useful, bookmarks, following topics,
 * notifications and their e-mails, public profiles, mention suggestions and the reputation help.
 */
export async function memberRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  // An account by default; the public pages below say so, and marking useful needs a verified e-mail.
  guardRoutes(app, keepUpWithCommunity);
  const v = (request: FastifyRequest, reply: FastifyReply) => viewContext(ctx, request, reply);

  const backToPost = async (reply: FastifyReply, postId: number) => {
    const post = await findPost(ctx, postId);
    if (!post) throw notFound();
    return sendRedirect(reply, postUrl(post.topic, post.position, POSTS_PER_PAGE));
  };

  app.post<{ Params: { id: string } }>(
    "/messages/:id/utile",
    declared(writeInCommunity),
    async (request, reply) => {
      const actor = authorizedActor(request);
      const { helpful, count } = await toggleHelpful(ctx, actor, idParam(request));
      if (isHtmx(request)) {
        const post = await findPost(ctx, idParam(request));
        return sendFragment(
          reply,
          <HelpfulForm
            v={v(request, reply)}
            post={{ id: idParam(request), position: post?.position ?? 0, helpfulCount: count }}
            pressed={helpful}
          />,
        );
      }
      return backToPost(reply, idParam(request));
    },
  );

  app.post<{ Params: { id: string } }>("/messages/:id/signet", async (request, reply) => {
    const actor = authorizedActor(request);
    const { bookmarked } = await toggleBookmark(ctx, actor, idParam(request));
    setFlash(ctx, reply, bookmarked ? "bookmarks.added" : "bookmarks.removed");
    return backToPost(reply, idParam(request));
  });

  app.post<{ Params: { id: string } }>("/t/:id/suivi", async (request, reply) => {
    const actor = authorizedActor(request);
    const found = await findTopic(ctx, idParam(request));
    if (!found) throw notFound();
    const choice = field(request, "niveau");
    if (!(choice in FOLLOW_LEVELS)) return sendRedirect(reply, topicUrl(found.topic));
    const level = FOLLOW_LEVELS[choice as keyof typeof FOLLOW_LEVELS];
    await setSubscription(ctx, actor.id, found.topic.id, level);
    setFlash(
      ctx,
      reply,
      level === "following"
        ? "community.follow.saved.following"
        : level === "muted"
          ? "community.follow.saved.muted"
          : "community.follow.saved.normal",
    );
    return sendRedirect(reply, topicUrl(found.topic));
  });

  app.get("/notifications", async (request, reply) => {
    const actor = authorizedActor(request);
    const page = Math.min(positiveId(queryParam(request, "page")) ?? 1, 1000);
    const [items, unread] = await Promise.all([
      listNotifications(ctx, actor.id, { page }),
      unreadCount(ctx, actor.id),
    ]);
    if (page > 1 && items.length === 0) throw notFound();
    return sendHtml(
      reply,
      <NotificationsPage
        v={v(request, reply)}
        items={items}
        unread={unread}
        page={page}
        hasMore={items.length === NOTIFICATIONS_PER_PAGE}
      />,
    );
  });

  app.get<{ Params: { id: string } }>("/notifications/:id", async (request, reply) => {
    const actor = authorizedActor(request);
    const opened = await openNotification(ctx, actor.id, idParam(request));
    if (!opened) throw notFound();
    return sendRedirect(reply, postUrl(opened.topic, opened.position, POSTS_PER_PAGE));
  });

  app.post("/notifications/lues", async (request, reply) => {
    const actor = authorizedActor(request);
    await markAllRead(ctx, actor.id);
    return sendRedirect(reply, "/notifications");
  });

  app.get("/compte/notifications", async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <NotificationSettingsPage v={v(request, reply)} settings={await emailSettings(ctx, actor.id)} />,
    );
  });

  app.post("/compte/notifications", async (request, reply) => {
    const actor = authorizedActor(request);
    for (const kind of NOTIFICATION_KINDS) {
      const choice = field(request, kind);
      if (isEmailChoice(choice)) await setEmailChoice(ctx, actor.id, kind, choice);
    }
    setFlash(ctx, reply, "notifications.settings.saved");
    return sendRedirect(reply, "/compte/notifications");
  });

  app.get("/compte/signets", async (request, reply) => {
    const actor = authorizedActor(request);
    return sendHtml(
      reply,
      <BookmarksPage v={v(request, reply)} items={await listBookmarks(ctx, actor.id)} />,
    );
  });

  // --- One-click unsubscribe (RFC 8058) --------------------------------------------------------
  /** The notification an unsubscribe link stops ("community.reply" → "reply"), if it is one. */
  const notificationKindOf = (purpose: string): NotificationKind | undefined => {
    const kind = purpose.replace(/^community\./, "");
    return isOneOf(NOTIFICATION_KINDS, kind) ? kind : undefined;
  };

  const purposeName = (request: FastifyRequest, purpose: string) => {
    if (purpose === DIGEST_PURPOSE) return request.i18n.t("notifications.digest");
    const kind = notificationKindOf(purpose);
    return kind && request.i18n.t(`notifications.kind.${kind}`);
  };

  const unsubscribe = async (request: FastifyRequest, reply: FastifyReply, apply: boolean) => {
    const token = queryParam(request, "jeton");
    const scope = readUnsubscribeToken(ctx.secrets, token);
    const what = scope && purposeName(request, scope.purpose);
    if (!scope || !what)
      return sendHtml(
        reply,
        <UnsubscribePage v={v(request, reply)} token="" what="" done={false} invalid />,
        400,
      );
    if (apply) {
      if (scope.purpose === DIGEST_PURPOSE) {
        const settings = await emailSettings(ctx, scope.accountId);
        for (const kind of NOTIFICATION_KINDS)
          if (settings[kind] === "daily") await setEmailChoice(ctx, scope.accountId, kind, "off");
      } else {
        const kind = notificationKindOf(scope.purpose);
        if (kind) await setEmailChoice(ctx, scope.accountId, kind, "off");
      }
    }
    return sendHtml(reply, <UnsubscribePage v={v(request, reply)} token={token} what={what} done={apply} />);
  };

  app.get("/notifications/desabonnement", declared(publicAccess), (request, reply) =>
    unsubscribe(request, reply, false),
  );
  // The sealed token is the authority here: a mail client posts it without any cookie or form token.
  app.post(
    "/notifications/desabonnement",
    declared(publicAccess, { config: { withoutCsrf: true } }),
    (request, reply) => unsubscribe(request, reply, true),
  );

  // --- People -------------------------------------------------------------------------------
  app.get<{ Params: { id: string } }>("/membres/:id", declared(publicAccess), (request, reply) =>
    ctx.publicPages.serve(request, reply, async () => {
      const profile = await memberProfile(ctx, idParam(request));
      if (!profile) throw notFound();
      const [reputation, activity] = await Promise.all([
        reputationOf(ctx, profile.id),
        memberActivity(ctx, profile.id),
      ]);
      return sendHtml(
        reply,
        <ProfilePage
          v={v(request, reply)}
          profile={profile}
          reputation={reputation}
          level={trustLevel(reputation.points, isStaffRole(profile.role))}
          stats={activity.stats}
          topics={activity.recentTopics}
        />,
      );
    }),
  );

  /** Suggestions for @mentions while typing: signed-in members only, a few names at a time. */
  app.get("/membres/suggestions", async (request, reply) => {
    const start = queryParam(request, "q").slice(0, 40);
    const people = start.trim().length < 2 ? [] : await membersNamedLike(ctx, start, 8);
    return reply.send(
      people.map((p) => ({ handle: memberHandle(p.displayName, p.id), displayName: p.displayName })),
    );
  });

  app.get("/aide/reputation", declared(publicAccess), (request, reply) =>
    ctx.publicPages.serve(request, reply, async () =>
      sendHtml(reply, <ReputationHelpPage v={v(request, reply)} />),
    ),
  );
}
