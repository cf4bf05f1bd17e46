import { count, desc, eq } from "drizzle-orm";
import { parisLocalTime } from "../../../calendar/index.ts";
import type { Db } from "../../../db/connect.ts";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { onePage, type Page } from "../../../platform/http/paging.ts";
import { isOneOf } from "../../../platform/one-of.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import { breachNotificationDeadline } from "../clocks.ts";
import { BREACH_DECISIONS, breaches } from "../schema.ts";

export type Breach = typeof breaches.$inferSelect;

export interface BreachForm {
  title: string;
  awareAt: string;
  nature: string;
  peopleConcerned: string;
  consequences: string;
  measures: string;
  decision: string;
  decisionReasons: string;
  notifiedAt: string;
  peopleInformedAt: string;
}

/** The 72-hour clock (art. 33(1)): due, hours left, and whether the notification was in time. */
export function breachClock(breach: Breach, now: Date) {
  const deadline = breachNotificationDeadline(breach.awareAt);
  const until = breach.notifiedAt ?? now;
  return {
    deadline,
    hoursLeft: Math.floor((deadline.getTime() - now.getTime()) / 3600_000),
    late: until.getTime() > deadline.getTime() && breach.decision !== "not_notify",
  };
}

function read(input: BreachForm, now: Date) {
  const errors: FieldErrors = {};
  if (input.title.trim().length < 3) errors.title = "breach.title.missing";
  const awareAt = parisLocalTime(input.awareAt);
  if (!awareAt) errors.awareAt = "breach.date.invalid";
  else if (awareAt.getTime() > now.getTime() + 60_000) errors.awareAt = "breach.date.future";
  if (input.nature.trim() === "") errors.nature = "breach.nature.missing";
  const decision = isOneOf(BREACH_DECISIONS, input.decision) ? input.decision : "undecided";
  // Art. 33(5): a decision not to notify is documented with its reasons, and so is notifying.
  if (decision !== "undecided" && input.decisionReasons.trim() === "")
    errors.decisionReasons = "breach.reasons.missing";
  const optionalDate = (name: "notifiedAt" | "peopleInformedAt") => {
    if (input[name].trim() === "") return null;
    const at = parisLocalTime(input[name]);
    if (!at) errors[name] = "breach.date.invalid";
    return at ?? null;
  };
  const notifiedAt = optionalDate("notifiedAt");
  const peopleInformedAt = optionalDate("peopleInformedAt");
  if (notifiedAt && decision !== "notify") errors.notifiedAt = "breach.notified.withoutDecision";
  return {
    errors,
    values: {
      title: input.title.trim(),
      awareAt: awareAt ?? now,
      nature: input.nature.trim(),
      peopleConcerned: input.peopleConcerned.trim(),
      consequences: input.consequences.trim(),
      measures: input.measures.trim(),
      decision,
      decisionReasons: input.decisionReasons.trim(),
      notifiedAt,
      peopleInformedAt,
    },
  };
}

/** The breach register, one page at a time, the most recent first. */
export function listBreaches(db: Db, asked = 1): Promise<Page<Breach>> {
  return onePage(
    asked,
    async () => (await db.select({ n: count() }).from(breaches))[0]?.n ?? 0,
    (limit, offset) =>
      db
        .select()
        .from(breaches)
        .orderBy(desc(breaches.awareAt), desc(breaches.id))
        .limit(limit)
        .offset(offset),
  );
}

export async function findBreach(db: Db, id: number): Promise<Breach | undefined> {
  const [breach] = await db.select().from(breaches).where(eq(breaches.id, id));
  return breach;
}

export async function saveBreach(
  db: Db,
  dpo: Actor,
  id: number | null,
  input: BreachForm,
  now: Date,
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
  const { errors, values } = read(input, now);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const [saved] = id
    ? await db
        .update(breaches)
        .set({ ...values, updatedAt: now })
        .where(eq(breaches.id, id))
        .returning()
    : await db
        .insert(breaches)
        .values({ ...values, createdBy: dpo.id, createdAt: now, updatedAt: now })
        .returning();
  if (!saved) return { ok: false, errors: {} };
  await recordAudit(db, {
    actorId: dpo.id,
    actorRole: dpo.role,
    action: id ? "privacy.breach_updated" : "privacy.breach_recorded",
    subjectType: "breach",
    subjectId: saved.id,
    details: { decision: saved.decision, notified: saved.notifiedAt !== null },
  });
  return { ok: true, id: saved.id };
}
