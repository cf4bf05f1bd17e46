import { createHash } from "node:crypto";
import { and, asc, eq, or, type SQL, sql } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import type { Db } from "../../db/connect.ts";
import { i18nFor, type MessageKey } from "../../platform/i18n/index.ts";
import { type ConsentChannel, type ConsentPurpose, consentEvents, consentWordings } from "./schema.ts";

/**
 * The one consent ledger every feature writes to. The wording a person saw comes from the
 * catalogue (`consent.<purpose>.<decision>`), is stored once under its hash, and each decision
 * points to it, so the proof shows the exact words even after they change.
 */
type Executor = Pick<Db, "insert" | "select">;

export interface Evidence {
  page: string;
  ipPrefix: string | null;
  userAgent: string | null;
}

export function wordingKey(purpose: ConsentPurpose, decision: "granted" | "withdrawn"): MessageKey {
  return `consent.${purpose}.${decision}`;
}

/** Stores the wording shown (once) and returns its hash. */
export function storeWording(
  db: Executor,
  purpose: ConsentPurpose,
  decision: "granted" | "withdrawn",
  locale: Locale,
): Promise<string> {
  return storeWordingText(db, purpose, locale, wordingKey(purpose, decision));
}

/** Stores any catalogue wording (with its values filled in) once, and returns its hash. */
export async function storeWordingText(
  db: Executor,
  purpose: ConsentPurpose,
  locale: Locale,
  key: MessageKey,
  values: Record<string, string> = {},
): Promise<string> {
  const text = i18nFor(locale).t(key, values);
  const hash = createHash("sha256").update(`${purpose}\n${locale}\n${text}`).digest("hex");
  await db.insert(consentWordings).values({ hash, purpose, locale, text }).onConflictDoNothing();
  return hash;
}

export interface ConsentDecision {
  accountId?: number | null;
  email?: string | null;
  browserId?: string | null;
  purpose: ConsentPurpose;
  decision: "granted" | "withdrawn";
  channel: ConsentChannel;
  wordingHash: string;
  evidence: Evidence;
  at: Date;
}

export async function recordConsent(db: Executor, input: ConsentDecision): Promise<void> {
  await db.insert(consentEvents).values({
    accountId: input.accountId ?? null,
    email: input.email ?? null,
    browserId: input.browserId ?? null,
    purpose: input.purpose,
    decision: input.decision,
    channel: input.channel,
    page: input.evidence.page.slice(0, 300),
    wordingHash: input.wordingHash,
    ipPrefix: input.evidence.ipPrefix,
    userAgent: input.evidence.userAgent?.slice(0, 300) ?? null,
    at: input.at,
  });
}

export interface ConsentProof {
  purpose: ConsentPurpose;
  decision: "granted" | "withdrawn";
  channel: ConsentChannel;
  page: string;
  at: Date;
  ipPrefix: string | null;
  userAgent: string | null;
  wording: { hash: string; locale: string; text: string };
}

/** Every decision a person made, oldest first, with the words they saw (for the DPO and for the person). */
export async function consentProof(
  db: Executor,
  person: { accountId?: number | null; email?: string | null; browserId?: string | null },
): Promise<ConsentProof[]> {
  const who: SQL[] = [];
  if (person.browserId) who.push(eq(consentEvents.browserId, person.browserId));
  if (person.accountId) who.push(eq(consentEvents.accountId, person.accountId));
  if (person.email) who.push(eq(consentEvents.email, person.email));
  if (who.length === 0) return [];
  const rows = await db
    .select({ event: consentEvents, wording: consentWordings })
    .from(consentEvents)
    .innerJoin(consentWordings, eq(consentWordings.hash, consentEvents.wordingHash))
    .where(and(or(...who)))
    .orderBy(asc(consentEvents.at), asc(consentEvents.id));
  return rows.map(({ event, wording }) => ({
    purpose: event.purpose,
    decision: event.decision,
    channel: event.channel,
    page: event.page,
    at: event.at,
    ipPrefix: event.ipPrefix,
    userAgent: event.userAgent,
    wording: { hash: wording.hash, locale: wording.locale, text: wording.text },
  }));
}

/**
 * The addresses whose last decision for this purpose is a withdrawal, by the time each decision
 * was made: what a suppression list must keep honouring.
 */
export async function lastWithdrawnAddresses(
  db: Pick<Db, "execute">,
  purpose: ConsentPurpose,
): Promise<string[]> {
  const { rows } = await db.execute<{ email: string }>(sql`
    select email::text as email from (
      select distinct on (email) email, decision from privacy_consent_events
       where purpose = ${purpose} and email is not null
       order by email, at desc, id desc) last
     where decision = 'withdrawn'`);
  return rows.map((row) => row.email);
}
