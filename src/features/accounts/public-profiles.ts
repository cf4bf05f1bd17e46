import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { prepared } from "../../db/prepared.ts";
import type { Role } from "../../platform/auth/roles.ts";
import type { AppContext } from "../../platform/context.ts";
import type { Recipient } from "./mails.ts";
import { accounts } from "./schema.ts";

/** What other features may show about a person: the name they chose and the role the bank gave. */
export interface PublicProfile {
  id: number;
  displayName: string;
  role: Role;
  /** The staff team shown on the verified badge; null for members. */
  team: string | null;
}

/** One query for all the authors on a page. Unknown ids (erased accounts) are simply absent. */
export async function publicProfiles(
  ctx: AppContext,
  ids: Iterable<number | null>,
): Promise<Map<number, PublicProfile>> {
  const wanted = [...new Set([...ids].filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await prepared(ctx.db, "public_profiles", (name) =>
    ctx.db
      .select({
        id: accounts.id,
        displayName: accounts.displayName,
        role: accounts.role,
        team: accounts.team,
      })
      .from(accounts)
      .where(sql`${accounts.id} = any(${sql.placeholder("ids")}::bigint[])`)
      .prepare(name),
  ).execute({ ids: wanted });
  return new Map(rows.map((row) => [row.id, row]));
}

/** A typed name as it is compared: lower case, no accents, words of letters and digits only. */
function nameWords(typed: string): string[] {
  return typed
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 4);
}

/**
 * People whose name answers to what was typed, without case or accents, each typed word the
 * start of one of the name's words: "julie" finds "Julie_R" and "Julie Martin", "mart jul" the
 * latter. Names are not unique, so all of them come back, the exact match first.
 */
export async function accountsNamed(
  ctx: AppContext,
  typed: string,
  limit = 20,
): Promise<{ id: number; displayName: string }[]> {
  const words = nameWords(typed);
  if (words.length === 0) return [];
  const nameWordsSql = sql`regexp_split_to_array(unaccent(lower(${accounts.displayName})), '[^a-z0-9]+')`;
  return ctx.db
    .select({ id: accounts.id, displayName: accounts.displayName })
    .from(accounts)
    .where(
      and(
        ...words.map(
          // Only letters and digits are in a word, so none of LIKE's wildcards can be.
          (word) => sql`exists (select 1 from unnest(${nameWordsSql}) w where w like ${`${word}%`})`,
        ),
      ),
    )
    .orderBy(sql`array_to_string(${nameWordsSql}, ' ') = ${words.join(" ")} desc`, accounts.displayName)
    .limit(limit);
}

/** Where to write to these people about their own activity: active accounts with a verified address. */
export async function mailRecipients(ctx: AppContext, ids: number[]): Promise<Map<number, Recipient>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      locale: accounts.locale,
    })
    .from(accounts)
    .where(
      and(inArray(accounts.id, ids), isNull(accounts.deactivatedAt), isNotNull(accounts.emailVerifiedAt)),
    );
  return new Map(rows.map(({ id, ...recipient }) => [id, recipient]));
}

/** What a public profile page shows about a member, or nothing for an unknown or closed account. */
export async function memberProfile(
  ctx: AppContext,
  id: number,
): Promise<(PublicProfile & { memberSince: Date }) | undefined> {
  const [row] = await ctx.db
    .select({
      id: accounts.id,
      displayName: accounts.displayName,
      role: accounts.role,
      team: accounts.team,
      memberSince: accounts.createdAt,
    })
    .from(accounts)
    .where(and(eq(accounts.id, id), isNull(accounts.deactivatedAt)));
  return row;
}

/** Members whose display name starts like this (accents and case ignored), for @mention suggestions. */
export async function membersNamedLike(
  ctx: AppContext,
  start: string,
  limit: number,
): Promise<PublicProfile[]> {
  const pattern = `${start.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return ctx.db
    .select({ id: accounts.id, displayName: accounts.displayName, role: accounts.role, team: accounts.team })
    .from(accounts)
    .where(
      and(
        isNull(accounts.deactivatedAt),
        sql`unaccent(lower(${accounts.displayName})) like unaccent(lower(${pattern}))`,
      ),
    )
    .orderBy(accounts.displayName)
    .limit(limit);
}

/**
 * Every member (role "member") with an active account and a verified address, to invite to a
 * survey: the caller still asks whether each one objected to being written to.
 */
export async function verifiedMembers(ctx: AppContext): Promise<(Recipient & { id: number })[]> {
  return ctx.db
    .select({
      id: accounts.id,
      email: accounts.email,
      displayName: accounts.displayName,
      locale: accounts.locale,
    })
    .from(accounts)
    .where(
      and(eq(accounts.role, "member"), isNull(accounts.deactivatedAt), isNotNull(accounts.emailVerifiedAt)),
    )
    .orderBy(accounts.id);
}
