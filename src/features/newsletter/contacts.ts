import { asc, count, eq, ilike, inArray, type SQL, sql } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import type { AppContext } from "../../platform/context.ts";
import { dayFromInput } from "../../platform/http/forms.ts";
import { onePage } from "../../platform/http/paging.ts";
import type { MessageKey } from "../../platform/i18n/index.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { maskedKeeping } from "../../text/personal-data-masking.ts";
import { accountsWithEmails, emailProblem, normaliseEmail } from "../accounts/index.ts";
import { recordConsent, storeWordingText } from "../consent/index.ts";
import { contactLists, listMembers, subscribers } from "./schema.ts";
import { suppressedAmong, suppressionKey } from "./suppression.ts";

/**
 * Contacts: the newsletter's subscribers seen as a CRM — clients and prospects, their lawful
 * basis, tags and lists, linked to a member account when the address is one. An import takes a
 * CSV file and answers row by row: created, updated, or refused with the reason. No contact
 * enters without a lawful basis (a dated consent with its source, or a client's soft opt-in),
 * and an address on the suppression list (it objected, unsubscribed, bounced or complained, even
 * if its row was erased since) is never put back: only its owner's confirmation click lifts that.
 * The records are the newsletter's (subscribers, lists); the desk that shows them and reads the
 * imported file is features/contacts, which calls these through the newsletter's index.ts.
 */

/** What an import did with one row of the file. */
export interface ImportRow {
  line: number;
  email: string;
  outcome: "created" | "updated" | "refused";
  reason?: MessageKey;
}

export function normaliseTags(raw: string): string[] {
  return [
    ...new Set(
      raw
        .split(/[|,;]/)
        .map((tag) => tag.trim().toLowerCase())
        .filter((tag) => /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,39}$/u.test(tag)),
    ),
  ];
}

type Basis = "consent" | "client_soft_opt_in";
function basisOf(raw: string): Basis | undefined {
  const value = raw.trim().toLowerCase();
  if (["consent", "consentement"].includes(value)) return "consent";
  if (["client", "soft opt-in", "client_soft_opt_in"].includes(value)) return "client_soft_opt_in";
  return undefined;
}

function dayOf(raw: string, now: Date): Date | undefined {
  const day = dayFromInput(raw);
  // Noon: the day stays the same whatever the time zone it is shown in.
  const at = day ? new Date(day.getTime() + 12 * 3600_000) : undefined;
  return at && at.getTime() <= now.getTime() ? at : undefined;
}

export async function importContacts(
  ctx: AppContext,
  actor: Actor,
  rows: Record<string, string>[],
  fileName: string,
): Promise<ImportRow[]> {
  const now = ctx.clock.now();
  const report: ImportRow[] = [];
  const seen = new Set<string>();
  const lists = new Map(
    (await ctx.db.select().from(contactLists)).map((list) => [list.name.toLowerCase(), list.id]),
  );
  const addresses = [
    ...new Set(rows.map((row) => normaliseEmail(row.email ?? "")).filter((e) => !emailProblem(e))),
  ];
  await ctx.db.transaction(async (tx) => {
    // Who is already known, in two queries for the whole file (addresses compare without case).
    const known = addresses.length
      ? await tx.select().from(subscribers).where(inArray(subscribers.email, addresses)).for("update")
      : [];
    const members = addresses.length ? await accountsWithEmails(tx, addresses) : [];
    const suppressed = await suppressedAmong(tx, suppressionKey(ctx.config), addresses);
    const existingOf = new Map(known.map((row) => [row.email.toLowerCase(), row]));
    const accountOf = new Map(members.map((row) => [row.email.toLowerCase(), row]));
    for (const [index, row] of rows.entries()) {
      const line = index + 2; // the header is line 1
      const email = normaliseEmail(row.email ?? "");
      const refuse = (reason: MessageKey) => report.push({ line, email, outcome: "refused", reason });
      if (emailProblem(email)) {
        refuse("contacts.row.email");
        continue;
      }
      if (seen.has(email.toLowerCase())) {
        refuse("contacts.row.duplicate");
        continue;
      }
      seen.add(email.toLowerCase());
      const basis = basisOf(row.basis ?? row.base ?? "");
      if (!basis) {
        refuse("contacts.row.basis");
        continue;
      }
      const basisDate = dayOf(row.basis_date ?? row.date ?? "", now);
      if (!basisDate) {
        refuse("contacts.row.basisDate");
        continue;
      }
      // Where the consent was collected, not whom: personal data in it is masked like everywhere else.
      const source = maskedKeeping(
        i18nFor(ctx.config.defaultLocale),
        (row.basis_source ?? row.source ?? "").trim(),
        [],
      ).slice(0, 200);
      if (!source) {
        refuse("contacts.row.basisSource");
        continue;
      }
      const listName = (row.list ?? row.liste ?? "").trim().toLowerCase();
      if (listName && !lists.has(listName)) {
        refuse("contacts.row.list");
        continue;
      }
      const locale: Locale = row.locale === "en" ? "en" : "fr";
      const kind = basis === "client_soft_opt_in" || row.kind === "client" ? "client" : "prospect";
      const tags = normaliseTags(row.tags ?? "");
      const existing = existingOf.get(email.toLowerCase());
      if (suppressed.has(email.toLowerCase())) {
        refuse("contacts.row.suppressed");
        continue;
      }
      if (existing?.restrictedAt) {
        refuse("contacts.row.restricted");
        continue;
      }
      const account = accountOf.get(email.toLowerCase());
      let id: number;
      if (existing) {
        await tx
          .update(subscribers)
          .set({
            tags: [...new Set([...existing.tags, ...tags])],
            kind: existing.kind === "client" ? "client" : kind,
            accountId: existing.accountId ?? account?.id ?? null,
            ...(existing.status === "pending"
              ? {
                  status: "active" as const,
                  lawfulBasis: basis,
                  confirmTokenHash: null,
                  confirmExpiresAt: null,
                }
              : {}),
          })
          .where(eq(subscribers.id, existing.id));
        id = existing.id;
        report.push({ line, email, outcome: "updated" });
      } else {
        const [created] = await tx
          .insert(subscribers)
          .values({
            email,
            locale,
            kind,
            tags,
            lawfulBasis: basis,
            source: `import: ${source}`,
            accountId: account?.id ?? null,
            status: "active",
            createdAt: basisDate,
            confirmedAt: basisDate,
            lastActionAt: basisDate,
          })
          .returning({ id: subscribers.id });
        id = created!.id;
        report.push({ line, email, outcome: "created" });
      }
      if (basis === "consent" && existing?.status !== "active")
        // The consent was given elsewhere: the ledger says so, with the source the import declared.
        await recordConsent(tx, {
          email,
          accountId: account?.id ?? null,
          purpose: "newsletter",
          decision: "granted",
          channel: "import",
          wordingHash: await storeWordingText(tx, "newsletter", locale, "consent.newsletter.imported", {
            source,
          }),
          evidence: { page: `import: ${fileName}`.slice(0, 300), ipPrefix: null, userAgent: null },
          at: basisDate,
        });
      if (listName)
        await tx
          .insert(listMembers)
          .values({ listId: lists.get(listName)!, subscriberId: id })
          .onConflictDoNothing();
    }
    const counts = Object.fromEntries(
      (["created", "updated", "refused"] as const).map((o) => [
        o,
        report.filter((r) => r.outcome === o).length,
      ]),
    );
    await recordAudit(
      ctx.db,
      {
        actorId: actor.id,
        actorRole: actor.role,
        action: "newsletter.contacts_imported",
        subjectType: "contacts",
        details: { file: fileName.slice(0, 200), ...counts },
      },
      tx,
    );
  });
  return report;
}

export async function createList(ctx: AppContext, actor: Actor, name: string): Promise<MessageKey | null> {
  const clean = name.trim();
  if (clean.length < 2 || clean.length > 80) return "contacts.list.name";
  const [created] = await ctx.db
    .insert(contactLists)
    .values({ name: clean })
    .onConflictDoNothing()
    .returning();
  if (!created) return "contacts.list.exists";
  await recordAudit(ctx.db, {
    actorId: actor.id,
    actorRole: actor.role,
    action: "newsletter.list_created",
    subjectType: "list",
    subjectId: created.id,
  });
  return null;
}

export async function listsWithCounts(ctx: AppContext) {
  return ctx.db
    .select({ id: contactLists.id, name: contactLists.name, members: count(listMembers.subscriberId) })
    .from(contactLists)
    .leftJoin(listMembers, eq(listMembers.listId, contactLists.id))
    .groupBy(contactLists.id)
    .orderBy(asc(contactLists.name));
}

/** The contacts an address fragment or a `#tag` finds (all when empty), one page at a time, by address. */
export function findContacts(ctx: AppContext, query: string, asked = 1) {
  const q = query.trim().toLowerCase();
  const where = q
    ? q.startsWith("#")
      ? sql`${subscribers.tags} @> array[${q.slice(1)}]::text[]`
      : ilike(subscribers.email, `%${q.replace(/[%_\\]/g, "\\$&")}%`)
    : undefined;
  return onePage(
    asked,
    async () => (await ctx.db.select({ n: count() }).from(subscribers).where(where))[0]?.n ?? 0,
    (limit, offset) => contactsWithLists(ctx, where, limit, offset),
  );
}

async function contactsWithLists(ctx: AppContext, where: SQL | undefined, limit: number, offset: number) {
  const rows = await ctx.db
    .select()
    .from(subscribers)
    .where(where)
    .orderBy(asc(subscribers.email))
    .limit(limit)
    .offset(offset);
  const memberships = rows.length
    ? await ctx.db
        .select({ subscriberId: listMembers.subscriberId, name: contactLists.name })
        .from(listMembers)
        .innerJoin(contactLists, eq(contactLists.id, listMembers.listId))
        .where(
          inArray(
            listMembers.subscriberId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((row) => ({
    ...row,
    lists: memberships.filter((m) => m.subscriberId === row.id).map((m) => m.name),
  }));
}

export async function contactCounts(ctx: AppContext) {
  return ctx.db
    .select({ status: subscribers.status, kind: subscribers.kind, n: count() })
    .from(subscribers)
    .groupBy(subscribers.status, subscribers.kind);
}

/**
 * The contacts a list-and-tag choice names, as a campaign's audience does (sending.ts): confirmed,
 * still-subscribed and unrestricted addresses, in any of the lists (none: every list), with every
 * tag. Other features (a survey's invitations) ask here rather than read the tables.
 */
export async function contactsChosen(
  ctx: AppContext,
  choice: { listIds: readonly number[]; tags: readonly string[] },
): Promise<{ email: string; locale: "fr" | "en"; accountId: number | null }[]> {
  const { rows } = await ctx.db.execute<{
    email: string;
    locale: "fr" | "en";
    account_id: string | null;
  }>(sql`
    select s.email::text as email, s.locale, s.account_id
      from newsletter_subscribers s
     where s.status = 'active' and s.restricted_at is null
       and s.tags @> ${sql.param([...choice.tags])}::text[]
       and (cardinality(${sql.param([...choice.listIds])}::bigint[]) = 0 or exists (
             select 1 from newsletter_list_members m
              where m.subscriber_id = s.id and m.list_id = any(${sql.param([...choice.listIds])}::bigint[])))
     order by s.id`);
  return rows.map((row) => ({
    email: row.email,
    locale: row.locale,
    accountId: row.account_id === null ? null : Number(row.account_id),
  }));
}
