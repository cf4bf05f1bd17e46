import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { ConversationsHolder, Person } from "../privacy/model.ts";
import { anonymiseConversations } from "./anonymise.ts";

type Executor = Pick<Db, "execute">;

/** The person's rows in the inbox: by their account, or by their address for those without one. */
function correspondentsOf(person: Person) {
  const byAccount = person.accountId === null ? sql`false` : sql`account_id = ${person.accountId}`;
  const byEmail = person.email === null ? sql`false` : sql`email = ${person.email}::citext`;
  return sql`select id from inbox_correspondents where ${byAccount} or ${byEmail}`;
}

/**
 * What the inbox tells privacy (privacy/model.ts): where a person's conversations are, and how
 * they are erased. A complaint in the register is kept whole for the legal period (5 years after
 * it is closed); every other conversation is anonymised rather than deleted, so the bank's
 * figures (response times, service levels) stay true: it moves to a correspondent with no
 * account, address or name, its subject and texts are replaced, its files and headers removed.
 */
export const conversationsOfPeople: ConversationsHolder = {
  async keysOf(db, person) {
    const found = await db.execute<{ kind: "correspondent" | "conversation"; id: string }>(sql`
      with mine as (${correspondentsOf(person)})
      select 'correspondent' as kind, id from mine
      union all
      select 'conversation', c.id from inbox_conversations c where c.correspondent_id in (select id from mine)`);
    const ids = (kind: string) => found.rows.filter((r) => r.kind === kind).map((r) => Number(r.id));
    return { correspondent: ids("correspondent"), conversation: ids("conversation") };
  },

  async anonymiseConversationsOf(db: Executor, person, { locale, now }) {
    const freed = await db.execute<{ id: string }>(sql`
      select c.id from inbox_conversations c
       where c.correspondent_id in (${correspondentsOf(person)})
         and not exists (select 1 from inbox_complaints k where k.conversation_id = c.id)`);
    await anonymiseConversations(
      db,
      freed.rows.map((r) => Number(r.id)),
      { locale, now },
    );
    // A correspondent with nothing left is theirs alone: it goes. One with complaints stays.
    await db.execute(sql`
      delete from inbox_correspondents p
       where p.id in (${correspondentsOf(person)})
         and not exists (select 1 from inbox_conversations c where c.correspondent_id = p.id)`);
  },
};
