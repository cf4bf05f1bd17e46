import { sql } from "drizzle-orm";
import type { Locale } from "../../../config.ts";
import type { Db } from "../../../db/connect.ts";
import { type AccountEraser, accountOf, deleteAccountRow } from "../../accounts/index.ts";
import { type SuppressionKey, suppressionKey } from "../../consent/index.ts";
import { holder } from "../holders.ts";
import type { Person } from "../model.ts";
import { exportedColumns, HOLDINGS, type Holding, type KeepReason } from "../personal-data-map.ts";

type Executor = Pick<Db, "execute">;

/** The values that identify the person in the holdings' columns (null or none: the person has none there). */
async function keyValues(db: Executor, person: Person, key: SuppressionKey) {
  return {
    account: person.accountId,
    email: person.email,
    ...(await holder("subscriptions").keysOf(db, person, key)),
    ...(await holder("conversations").keysOf(db, person)),
  };
}

function matches(holding: Holding, values: Awaited<ReturnType<typeof keyValues>>) {
  const column = sql.identifier(holding.column);
  switch (holding.key) {
    case "account":
      return values.account === null ? undefined : sql`${column} = ${values.account}`;
    case "email":
      if (values.email === null) return undefined;
      // The development mailbox keeps recipients as text; elsewhere addresses are compared without case.
      return holding.table === "mailbox_messages"
        ? sql`position(lower(${values.email}) in lower(${column})) > 0`
        : sql`${column} = ${values.email}::citext`;
    case "subscriber":
    case "correspondent":
    case "conversation": {
      const ids = values[holding.key];
      return ids.length === 0
        ? undefined
        : sql`${column} in (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`;
    }
    case "address_hash":
      return values.addressHash.length === 0
        ? undefined
        : sql`${column} in (${sql.join(
            values.addressHash.map((hash) => sql`${hash}`),
            sql`, `,
          )})`;
  }
}

/**
 * Erases a person (art. 17) following the map: their own rows deleted, links from shared
 * records cut (their posts stay, as "Ancien membre"), and what the law keeps left with its
 * reason, which is returned so the person is told. An objection or unsubscribe their subscriber
 * rows carry goes to the suppression list first (as a keyed hash), so it outlives them. Runs
 * inside the caller's transaction.
 */
export async function erasePerson(db: Executor, person: Person, key: SuppressionKey): Promise<KeepReason[]> {
  await holder("subscriptions").keepSuppressionsOf(db, person, key);
  const values = await keyValues(db, person, key);
  const kept = new Set<KeepReason>();
  // Subscribers' deliveries go before the subscribers they point to.
  const ordered = [...HOLDINGS].sort(
    (a, b) => Number(b.key === "subscriber") - Number(a.key === "subscriber"),
  );
  for (const holding of ordered) {
    if (holding.table === "accounts") continue; // eraseMember deletes the account row last
    const where = matches(holding, values);
    if (!where) continue;
    const table = sql.identifier(holding.table);
    if (holding.treatment === "delete") await db.execute(sql`delete from ${table} where ${where}`);
    else if (holding.treatment === "unlink")
      await db.execute(sql`update ${table} set ${sql.identifier(holding.column)} = null where ${where}`);
    else {
      const found = await db.execute(sql`select 1 from ${table} where ${where} limit 1`);
      if (found.rows.length > 0) kept.add(holding.treatment.keep);
    }
  }
  return [...kept];
}

/**
 * Erases a person and their account, if they have one, inside the caller's transaction: their
 * name out of others' posts (mentions, and the name written out where it is them), their
 * public words when they asked (while their posts can still be found), their conversations with
 * the bank anonymised but for the complaints the register keeps, then every holding of the map,
 * then the account row. The one path for a member's own erasure, the DPO's, and
 * directives after death. Returns what the law keeps, to tell the person.
 */
export async function eraseMember(
  db: Pick<Db, "execute" | "select" | "update" | "delete">,
  person: Person,
  options: { withdrawPosts: boolean; locale: Locale; suppressionKey: SuppressionKey; now: Date },
): Promise<KeepReason[]> {
  if (person.accountId) {
    const account = await accountOf(db, { accountId: person.accountId, email: person.email });
    await holder("words").eraseWordsOf(
      db,
      { accountId: person.accountId, displayName: account?.displayName ?? null },
      options,
    );
  }
  await holder("conversations").anonymiseConversationsOf(db, person, options);
  const kept = await erasePerson(db, person, options.suppressionKey);
  if (person.accountId) await deleteAccountRow(db, person.accountId);
  return kept;
}

/**
 * A member erasing their own account (accounts' registration point, filled from index.ts): the
 * same erasure, inside the accounts' command, in the platform's language for the words left behind.
 */
export const eraseOwnAccount: AccountEraser = (ctx, person, options) =>
  eraseMember(ctx.db, person, {
    withdrawPosts: options.withdrawPosts,
    locale: ctx.config.defaultLocale,
    suppressionKey: suppressionKey(ctx.config),
    now: ctx.clock.now(),
  });

/**
 * Everything the platform holds on a person (art. 15 and 20), table by table: the rows the map's
 * exported holdings find, with the columns the map lets out (never a secret or a keyed hash).
 */
export async function exportPerson(
  db: Executor,
  person: Person,
  key: SuppressionKey,
): Promise<Record<string, unknown[]>> {
  const values = await keyValues(db, person, key);
  const data: Record<string, unknown[]> = {};
  for (const holding of HOLDINGS) {
    if (!holding.exported) continue;
    const where = matches(holding, values);
    if (!where) continue;
    const columns = sql.join(
      exportedColumns(holding.table).map((column) => sql.identifier(column)),
      sql`, `,
    );
    const rows = await db.execute(
      sql`select ${columns} from ${sql.identifier(holding.table)} where ${where}`,
    );
    const key = holding.table;
    const seen = new Set((data[key] ?? []).map((row) => JSON.stringify(row)));
    data[key] = [...(data[key] ?? []), ...rows.rows.filter((row) => !seen.has(JSON.stringify(row)))];
  }
  return data;
}
