import { sql } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import type { Db } from "../../db/connect.ts";
import { i18nFor } from "../../platform/i18n/index.ts";

type Executor = Pick<Db, "execute">;

/**
 * Anonymises conversations rather than deleting them, so the bank's figures (response times,
 * service levels, satisfaction ratings) stay true: each moves to a correspondent with no account,
 * address or name, its subject and every text (the client's, the bank's answers and notes) are
 * replaced, its files and e-mail headers removed. Used by a person's erasure and by retention.
 */
export async function anonymiseConversations(
  db: Executor,
  ids: readonly number[],
  { locale, now }: { locale: Locale; now: Date },
): Promise<void> {
  if (ids.length === 0) return;
  const { t } = i18nFor(locale);
  const erased = t("inbox.erased.text");
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const [anonymous] = (
    await db.execute<{ id: string }>(sql`
      insert into inbox_correspondents (display_name, locale, erased_at)
      values (${t("inbox.erased.name")}, ${locale}, ${now}) returning id`)
  ).rows;
  await db.execute(sql`
    update inbox_conversations
       set correspondent_id = ${Number(anonymous!.id)}, subject = ${erased},
           search_document = ''::tsvector, tags = '{}'
     where id in (${list})`);
  await db.execute(sql`
    delete from inbox_attachments
     where message_id in (select id from inbox_messages where conversation_id in (${list}))`);
  await db.execute(sql`
    update inbox_messages
       set body = ${erased}, email_headers = null, override_reason = null,
           external_id = case when direction = 'incoming' then null else external_id end,
           author_id = case when direction = 'incoming' then null else author_id end
     where conversation_id in (${list})`);
  await db.execute(sql`update inbox_satisfaction set comment = null where conversation_id in (${list})`);
}
