import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { AppContext } from "../../platform/context.ts";
import { isOneOf } from "../../platform/one-of.ts";
import { normaliseEmail } from "../accounts/index.ts";
import { lastWithdrawnAddresses, type SuppressionKey, suppressionKey } from "../consent/index.ts";
import { SUPPRESSION_REASONS, type SuppressionReason } from "./schema.ts";

/**
 * The suppression list (see `suppressions` in schema.ts): who must never be written to again
 * until they themselves confirm a new sign-up by the e-mailed link. An address is suppressed when
 * its keyed hash is on the list, or while its subscriber row still says so; this module is the
 * one definition of that, and every path that adds or activates an address asks it.
 *
 * The hash is keyed (HMAC) so that a copy of the database alone cannot tell whether a given
 * address is on the list by hashing guesses: addresses are too guessable for a plain hash.
 */
type Executor = Pick<Db, "execute">;

// The HMAC key is consent's (consent/suppression-key.ts): privacy's erasure finds addresses by it too.
export { type SuppressionKey, suppressionKey };

/** The same address however it was typed (spaces, Unicode form, case), as the subscribers' citext compares it. */
export function addressHash(key: SuppressionKey, email: string): string {
  return createHmac("sha256", key).update(normaliseEmail(email).toLowerCase()).digest("hex");
}

// Written out, not parameters: planned once for any values (db/connect.ts), parameters here had
// PostgreSQL read every subscriber instead of the suppressed ones through their status index.
const SUPPRESSED_STATUSES = sql.raw(SUPPRESSION_REASONS.map((reason) => `'${reason}'`).join(", "));

/** Puts an address on the list (idempotent: the first reason and date stay). */
export async function addSuppression(
  db: Executor,
  key: SuppressionKey,
  email: string,
  reason: SuppressionReason,
  at?: Date,
): Promise<void> {
  await db.execute(sql`
    insert into newsletter_suppressions (address_hash, reason, created_at)
    values (${addressHash(key, email)}, ${reason}, ${at ?? sql`now()`})
    on conflict (address_hash) do nothing`);
}

/** Only the owner's confirmation of a new sign-up calls this (confirmSubscription). */
export async function liftSuppression(db: Executor, key: SuppressionKey, email: string): Promise<void> {
  await db.execute(sql`delete from newsletter_suppressions where address_hash = ${addressHash(key, email)}`);
}

/** The addresses among these that are suppressed, normalised and in lower case. */
export async function suppressedAmong(
  db: Executor,
  key: SuppressionKey,
  emails: readonly string[],
): Promise<Set<string>> {
  const byHash = new Map(
    [...new Set(emails.map((email) => normaliseEmail(email).toLowerCase()))].map((email) => [
      addressHash(key, email),
      email,
    ]),
  );
  if (byHash.size === 0) return new Set();
  const hashes = [...byHash.keys()];
  const addresses = [...byHash.values()];
  const { rows } = await db.execute<{ address_hash: string | null; email: string | null }>(sql`
    select address_hash, null as email from newsletter_suppressions
     where address_hash = any(${sql.param(hashes)}::text[])
    union all
    select null, lower(email::text) from newsletter_subscribers
     where email = any(${sql.param(addresses)}::citext[]) and status in (${SUPPRESSED_STATUSES})`);
  return new Set(rows.map((row) => (row.address_hash ? byHash.get(row.address_hash)! : row.email!)));
}

export async function isSuppressed(db: Executor, key: SuppressionKey, email: string): Promise<boolean> {
  return (await suppressedAmong(db, key, [email])).size > 0;
}

/**
 * Before a person's subscriber rows are erased, the suppressions they carry go to the list (they
 * normally are already: every suppression writes both; this covers rows older than the list).
 */
export async function keepSuppressionsOf(
  db: Executor,
  key: SuppressionKey,
  rows: readonly { email: string; status: string }[],
): Promise<void> {
  for (const { email, status } of rows)
    if (isOneOf(SUPPRESSION_REASONS, status)) await addSuppression(db, key, email, status);
}

async function insertHashes(db: Executor, entries: readonly [string, SuppressionReason][], at: Date) {
  let added = 0;
  for (let i = 0; i < entries.length; i += 1000) {
    const chunk = entries.slice(i, i + 1000);
    const { rowCount } = await db.execute(sql`
      insert into newsletter_suppressions (address_hash, reason, created_at)
      select hash, reason, ${at}
        from unnest(${sql.param(chunk.map(([hash]) => hash))}::text[], ${sql.param(chunk.map(([, reason]) => reason))}::text[])
             as given(hash, reason)
      on conflict (address_hash) do nothing`);
    added += rowCount ?? 0;
  }
  return added;
}

/**
 * Fills the list from what the database already says, once at start (idempotent): every row in a
 * suppressed status, and every address whose last newsletter decision in the consent ledger is a
 * withdrawal. The second repairs what the list exists to prevent: a withdrawn address made active
 * again by someone else (a forged sign-up then an import), or re-imported after its row was
 * erased. Such an active row goes back to "unsubscribed", and the counts go to the audit log. A
 * pending row is left: it is never sent to, and only its owner's click can activate it.
 */
export async function restoreSuppressions(ctx: AppContext): Promise<{ added: number; reverted: number }> {
  const key = suppressionKey(ctx.config);
  const now = ctx.clock.now();
  const { rows } = await ctx.db.execute<{ email: string; status: SuppressionReason }>(sql`
    select email::text as email, status from newsletter_subscribers where status in (${SUPPRESSED_STATUSES})`);
  const withdrawn = await lastWithdrawnAddresses(ctx.db, "newsletter");
  const entries = new Map<string, SuppressionReason>();
  for (const email of withdrawn) entries.set(addressHash(key, email), "unsubscribed");
  for (const row of rows) entries.set(addressHash(key, row.email), row.status);
  const added = await insertHashes(ctx.db, [...entries], now);
  let reverted = 0;
  for (let i = 0; i < withdrawn.length; i += 1000) {
    const { rowCount } = await ctx.db.execute(sql`
      update newsletter_subscribers
         set status = 'unsubscribed', unsubscribed_at = coalesce(unsubscribed_at, ${now}),
             confirm_token_hash = null, confirm_expires_at = null
       where email = any(${sql.param(withdrawn.slice(i, i + 1000))}::citext[]) and status = 'active'`);
    reverted += rowCount ?? 0;
  }
  if (added > 0 || reverted > 0)
    await recordAudit(ctx.db, {
      action: "newsletter.suppressions_restored",
      subjectType: "newsletter_subscriber",
      details: { added, reverted },
    });
  return { added, reverted };
}

/**
 * Whether the bank must not write to this address beyond what the person asked for (a
 * satisfaction survey, say): on the suppression list for any reason (an unsubscribe, an
 * objection, a bounce, a spam complaint), or its processing restricted by the DPO.
 */
export async function refusesSolicitations(
  db: Executor,
  key: SuppressionKey,
  email: string,
): Promise<boolean> {
  if (await isSuppressed(db, key, email)) return true;
  const { rows } = await db.execute(sql`
    select 1 from newsletter_subscribers
     where email = ${normaliseEmail(email)}::citext and restricted_at is not null limit 1`);
  return rows.length > 0;
}

/** `refusesSolicitations` for many addresses at once: those among them the bank must not write to, normalised, in lower case. */
export async function refusingSolicitationsAmong(
  db: Executor,
  key: SuppressionKey,
  emails: readonly string[],
): Promise<Set<string>> {
  const refusing = await suppressedAmong(db, key, emails);
  const addresses = [...new Set(emails.map((email) => normaliseEmail(email).toLowerCase()))];
  if (addresses.length === 0) return refusing;
  const { rows } = await db.execute<{ email: string }>(sql`
    select lower(email::text) as email from newsletter_subscribers
     where email = any(${sql.param(addresses)}::citext[]) and restricted_at is not null`);
  for (const row of rows) refusing.add(row.email);
  return refusing;
}
