import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import type { SuppressionKey } from "../consent/index.ts";
import type { Person, SubscriptionHolder } from "../privacy/model.ts";
import {
  hasObjected,
  isRestricted,
  isSubscribed,
  setMemberSubscription,
  setRestriction,
  suppress,
} from "./service.ts";
import { addressHash, keepSuppressionsOf } from "./suppression.ts";

/** The person's subscriber rows: under their account, or under their address. */
async function subscriberRowsOf(db: Pick<Db, "execute">, person: Person) {
  const { rows } = await db.execute<{ id: number; email: string; status: string }>(sql`
    select id, email::text as email, status from newsletter_subscribers
     where (${person.accountId}::bigint is not null and account_id = ${person.accountId})
        or (${person.email}::citext is not null and email = ${person.email}::citext)`);
  return rows;
}

/**
 * What the newsletter does for a person's rights, registered with privacy (index.ts): where
 * privacy's map finds them among subscribers and suppressions, their subscription read, ended,
 * objected to or restricted.
 */
export const subscriptionRights: SubscriptionHolder = {
  async keysOf(db: Pick<Db, "execute">, person: Person, key: SuppressionKey) {
    const rows = await subscriberRowsOf(db, person);
    const addresses = [...(person.email ? [person.email] : []), ...rows.map((row) => row.email)];
    return {
      subscriber: rows.map((row) => Number(row.id)),
      addressHash: [...new Set(addresses.map((address) => addressHash(key, address)))],
    };
  },
  async keepSuppressionsOf(db, person, key) {
    await keepSuppressionsOf(db, key, await subscriberRowsOf(db, person));
  },
  isSubscribed,
  hasObjected,
  isRestricted,
  object: (ctx, person, decision) => suppress(ctx, person, "objected", decision),
  setMemberSubscription,
  setRestriction,
};
