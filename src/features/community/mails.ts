import { sql } from "drizzle-orm";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor, type MessageKey } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import type { OutboxMail } from "../../platform/mail/outbox.ts";
import { unsubscribeToken } from "../../platform/mail/unsubscribe.ts";
import { mailRecipients, publicProfiles } from "../accounts/index.ts";
import { postUrl } from "./paths.ts";
import type { EmailChoice, NotificationKind } from "./schema.ts";

/** The purpose sealed in a notification e-mail's unsubscribe link. */
export const DIGEST_PURPOSE = "community.digest";
export const kindPurpose = (kind: NotificationKind) => `community.${kind}`;

interface Claimed extends Record<string, unknown> {
  id: number;
  account_id: number;
  kind: NotificationKind;
  topic_id: number;
  actor_id: number | null;
  slug: string;
  title: string;
  position: number;
}

const SUBJECT: Record<NotificationKind, MessageKey> = {
  reply: "mail.notification.reply.subject",
  mention: "mail.notification.mention.subject",
  quote: "mail.notification.quote.subject",
  accepted: "mail.notification.accepted.subject",
};
const LINE: Record<NotificationKind, MessageKey> = {
  reply: "notifications.line.reply",
  mention: "notifications.line.mention",
  quote: "notifications.line.quote",
  accepted: "notifications.line.accepted",
};
const UNSUBSCRIBE: Record<NotificationKind, MessageKey> = {
  reply: "mail.notification.unsubscribe.reply",
  mention: "mail.notification.unsubscribe.mention",
  quote: "mail.notification.unsubscribe.quote",
  accepted: "mail.notification.unsubscribe.accepted",
};

/**
 * Claims the given notifications for this kind of sending (those whose member chose it, and has not
 * read yet) and queues their e-mails: one message each when immediate, one message per member for
 * the daily digest. Returns how many e-mails were queued.
 *
 * Replies in a followed topic are e-mailed one per topic until the member opens it again, as
 * forums do: a busy conversation sends one e-mail, not one per reply. The e-mail marks the
 * subscription (`replies_mailed_at`) and says so; the topic's next replies are notifications
 * only, left unclaimed (`emailed_at` says an e-mail told of it), until opening the topic clears
 * the mark (readTopicNews; so do replying there, marking all read and choosing how replies are
 * e-mailed). Mentions, quotes and accepted answers concern the member in person, and are always
 * e-mailed. A member who then chooses the daily digest finds in it the replies that waited and
 * are still unread: they were never e-mailed.
 */
export async function sendNotificationMails(
  ctx: AppContext,
  ids: number[],
  mode: Exclude<EmailChoice, "off">,
) {
  if (ids.length === 0) return 0;
  // A member without a setting for a kind gets it immediately (the default).
  const chosen = sql`coalesce((select s.email from community_notification_settings s
                                where s.account_id = n.account_id and s.kind = n.kind), 'immediate')`;
  // Claimed and queued in one transaction: a notification is e-mailed once, or stays unclaimed.
  // The mark is set under the subscription's row lock: of two workers telling the same member of
  // the same topic at once, one sets it and e-mails, the other finds it set.
  return ctx.db.transaction(async (tx) => {
    const claimed = await tx.execute<Claimed>(sql`
      with asked as (
        select n.id, n.account_id, n.topic_id, n.kind from community_notifications n
         where n.id = any(${sql.param(ids)}::bigint[])
           and n.emailed_at is null and n.read_at is null and ${chosen} = ${mode}
        -- Locked, then checked again as committed: a page that read it meanwhile is seen.
        for update of n
      ), firsts as (
        select account_id, topic_id, min(id) as id from asked where kind = 'reply' group by account_id, topic_id
      ), marked as (
        update community_topic_subscriptions s set replies_mailed_at = now()
          from firsts r
         where ${mode} = 'immediate' and s.account_id = r.account_id and s.topic_id = r.topic_id
           and s.level = 'following' and s.replies_mailed_at is null
        returning r.id
      ), told as (
        select id from asked where kind <> 'reply' or ${mode} = 'daily'
        union all
        select id from marked
      )
      update community_notifications n set emailed_at = now()
        from community_topics t, community_posts p
       where n.id in (select id from told) and t.id = n.topic_id and p.id = n.post_id
         and n.emailed_at is null
      returning n.id, n.account_id, n.kind, n.actor_id, n.topic_id, t.slug, t.title, p.position`);
    const rows = claimed.rows.map((r) => ({
      ...r,
      account_id: Number(r.account_id),
      topic_id: Number(r.topic_id),
    }));
    if (rows.length === 0) return 0;
    const [recipients, actors] = await Promise.all([
      mailRecipients(ctx, [...new Set(rows.map((r) => r.account_id))]),
      publicProfiles(
        ctx,
        rows.map((r) => (r.actor_id === null ? null : Number(r.actor_id))),
      ),
    ]);
    const link = (path: string) => new URL(path, ctx.config.baseUrl).href;
    const unsubscribeUrl = (accountId: number, purpose: string) =>
      link(
        `/notifications/desabonnement?jeton=${encodeURIComponent(unsubscribeToken(ctx.secrets, { accountId, purpose }))}`,
      );
    const byAccount = new Map<number, typeof rows>();
    for (const row of rows) byAccount.set(row.account_id, [...(byAccount.get(row.account_id) ?? []), row]);
    const queued: OutboxMail[] = [];
    for (const [accountId, theirs] of byAccount) {
      const to = recipients.get(accountId);
      if (!to) continue;
      const i18n = i18nFor(to.locale ?? ctx.config.defaultLocale);
      const { t } = i18n;
      const line = (r: Claimed) =>
        t(LINE[r.kind], {
          name:
            (r.actor_id !== null && actors.get(Number(r.actor_id))?.displayName) ||
            t("community.formerMember"),
          title: r.title,
        });
      const greeting = t("mail.greeting", { name: to.displayName });
      const messages =
        mode === "immediate"
          ? theirs.map((r) =>
              composeMail(i18n, ctx.config.bankName, {
                subject: t(SUBJECT[r.kind], { title: r.title }),
                greeting,
                paragraphs:
                  r.kind === "reply" ? [line(r), t("mail.notification.reply.untilRead")] : [line(r)],
                action: {
                  label: t("mail.notification.action"),
                  url: link(postUrl({ slug: r.slug, id: r.topic_id }, r.position)),
                },
                footnote: t("mail.notification.footnote"),
                unsubscribe: {
                  label: t(UNSUBSCRIBE[r.kind]),
                  url: unsubscribeUrl(accountId, kindPurpose(r.kind)),
                },
              }),
            )
          : [
              composeMail(i18n, ctx.config.bankName, {
                subject: t("mail.digest.subject", { count: theirs.length }),
                greeting,
                paragraphs: [t("mail.digest.intro"), ...theirs.map(line)],
                action: { label: t("mail.digest.action"), url: link("/notifications") },
                footnote: t("mail.notification.footnote"),
                unsubscribe: {
                  label: t("mail.digest.unsubscribe"),
                  url: unsubscribeUrl(accountId, DIGEST_PURPOSE),
                },
              }),
            ];
      for (const [i, message] of messages.entries())
        queued.push({
          key:
            mode === "immediate"
              ? `community.notification:${theirs[i]!.id}`
              : `community.digest:${accountId}:${theirs.map((r) => r.id).join(",")}`,
          category: mode === "immediate" ? "community.notification" : "community.digest",
          to: to.email,
          ...message,
        });
    }
    // All of them in two statements: with many posts' notifications, one each was most of the work.
    await ctx.outbox.queueAll(tx, queued);
    return queued.length;
  });
}
