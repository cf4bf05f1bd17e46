import { and, asc, eq, ne } from "drizzle-orm";
import type { Locale } from "../../config.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { notFound } from "../../platform/http/errors.ts";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { cannedReplies } from "./schema.ts";

export type CannedReply = typeof cannedReplies.$inferSelect;

/** What the management form sends. */
export interface CannedReplyValues {
  shortcut: string;
  locale: string;
  title: string;
  body: string;
}

const TITLE_MAX = 120;
const BODY_MAX = 5000;

/**
 * Canned replies in French and English, with variables filled when inserted in the composer:
 * `{prenom}` (the correspondent's first name) and `{conseiller}` (the advisor's name).
 */
export function fillCannedReply(body: string, values: { firstName: string; advisor: string }): string {
  return body.replaceAll("{prenom}", values.firstName).replaceAll("{conseiller}", values.advisor);
}

/** The first word of a name as people sign ("Julie" of "Julie Moreau"); the whole when it is an address. */
export function firstNameOf(displayName: string): string {
  const trimmed = displayName.trim();
  if (trimmed.includes("@")) return trimmed;
  return trimmed.split(/\s+/)[0] ?? trimmed;
}

export async function listCannedReplies(ctx: AppContext): Promise<CannedReply[]> {
  return ctx.db.select().from(cannedReplies).orderBy(asc(cannedReplies.locale), asc(cannedReplies.shortcut));
}

/** A shortcut as it is kept: lower case letters, digits and hyphens. */
export const normaliseShortcut = (typed: string) =>
  typed
    .trim()
    .replace(/^\/+/, "")
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 30);

async function check(
  ctx: AppContext,
  values: CannedReplyValues,
  id: number | null,
): Promise<{ errors: FieldErrors } | { row: Omit<CannedReply, "id" | "createdBy" | "updatedAt"> }> {
  const errors: FieldErrors = {};
  const shortcut = normaliseShortcut(values.shortcut);
  const locale = values.locale === "en" ? "en" : values.locale === "fr" ? "fr" : null;
  if (shortcut === "") errors.shortcut = "inbox.canned.error.shortcut";
  if (!locale) errors.locale = "inbox.canned.error.locale";
  if (values.title.trim() === "" || values.title.length > TITLE_MAX)
    errors.title = "inbox.canned.error.title";
  if (values.body.trim() === "" || values.body.length > BODY_MAX) errors.body = "inbox.canned.error.body";
  if (shortcut !== "" && locale) {
    const same = await ctx.db
      .select({ id: cannedReplies.id })
      .from(cannedReplies)
      .where(
        and(
          eq(cannedReplies.shortcut, shortcut),
          eq(cannedReplies.locale, locale),
          ...(id === null ? [] : [ne(cannedReplies.id, id)]),
        ),
      );
    if (same.length > 0) errors.shortcut = "inbox.canned.error.taken";
  }
  if (Object.keys(errors).length > 0 || !locale) return { errors };
  return {
    row: { shortcut, locale: locale as Locale, title: values.title.trim(), body: values.body.trim() },
  };
}

/** Creates (id null) or changes a canned reply; the form's problems, all at once, or nothing. */
export async function saveCannedReply(
  ctx: AppContext,
  actor: Actor,
  id: number | null,
  values: CannedReplyValues,
): Promise<FieldErrors | null> {
  return runCommand(ctx, async (ctx) => {
    if (id !== null) {
      const [existing] = await ctx.db
        .select({ id: cannedReplies.id })
        .from(cannedReplies)
        .where(eq(cannedReplies.id, id))
        .for("update");
      if (!existing) throw notFound();
    }
    const checked = await check(ctx, values, id);
    if ("errors" in checked) return checked.errors;
    const now = ctx.clock.now();
    let savedId = id;
    if (id === null) {
      const [row] = await ctx.db
        .insert(cannedReplies)
        .values({ ...checked.row, createdBy: actor.id, updatedAt: now })
        .onConflictDoNothing()
        .returning({ id: cannedReplies.id });
      // Another manager took the same shortcut in the meantime.
      if (!row) return { shortcut: "inbox.canned.error.taken" };
      savedId = row.id;
    } else {
      await ctx.db
        .update(cannedReplies)
        .set({ ...checked.row, updatedAt: now })
        .where(eq(cannedReplies.id, id));
    }
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: id === null ? "inbox.canned_reply_created" : "inbox.canned_reply_changed",
      subjectType: "inbox_canned_reply",
      subjectId: savedId,
      details: { shortcut: checked.row.shortcut, locale: checked.row.locale },
    });
    return null;
  });
}

export async function deleteCannedReply(ctx: AppContext, actor: Actor, id: number): Promise<void> {
  await runCommand(ctx, async (ctx) => {
    const [gone] = await ctx.db.delete(cannedReplies).where(eq(cannedReplies.id, id)).returning();
    if (!gone) throw notFound();
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "inbox.canned_reply_deleted",
      subjectType: "inbox_canned_reply",
      subjectId: id,
      details: { shortcut: gone.shortcut, locale: gone.locale },
    });
  });
}
