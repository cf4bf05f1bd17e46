import { desc, eq } from "drizzle-orm";
import { recordAudit } from "../../../platform/audit/service.ts";
import type { Actor } from "../../../platform/auth/actor.ts";
import { isStaffRole } from "../../../platform/auth/roles.ts";
import { lockSubject, runCommand } from "../../../platform/commands.ts";
import type { AppContext } from "../../../platform/context.ts";
import { DomainError, notFound } from "../../../platform/http/errors.ts";
import { i18nFor } from "../../../platform/i18n/index.ts";
import { composeMail } from "../../../platform/mail/compose.tsx";
import { isOneOf } from "../../../platform/one-of.ts";
import type { FieldErrors } from "../../../platform/views/components.tsx";
import {
  accountOf,
  closeAllSessions,
  deactivateAccount,
  emailProblem,
  normaliseEmail,
} from "../../accounts/index.ts";
import { type Evidence, recordConsent, storeWording, suppressionKey } from "../../consent/index.ts";
import { eraseMember } from "../erasure/erasure.ts";
import { personalDataZip } from "../erasure/export-archive.ts";
import { DIRECTIVE_CHOICES, type DirectiveChoice, deathDirectives, deathReports } from "../schema.ts";

/**
 * Directives after death (loi Informatique et Libertés, art. 85): each member may say what
 * becomes of their data — erased, kept as it is, or sent to a person they name — with a consent
 * of its own, revocable. When a death is reported, the DPO executes what the member chose; without
 * directives the account is closed and kept, and the heirs keep their own rights (art. 85 II).
 */
export type Directives = typeof deathDirectives.$inferSelect;
export type DeathReport = typeof deathReports.$inferSelect;

export async function directivesOf(ctx: AppContext, accountId: number): Promise<Directives | undefined> {
  const [row] = await ctx.db.select().from(deathDirectives).where(eq(deathDirectives.accountId, accountId));
  return row;
}

export interface DirectiveInput {
  choice: string;
  trusteeName: string;
  trusteeEmail: string;
  consent: boolean;
}

export async function saveDirectives(
  ctx: AppContext,
  member: Actor,
  input: DirectiveInput,
  evidence: Evidence,
): Promise<{ ok: true } | { ok: false; errors: FieldErrors }> {
  const errors: FieldErrors = {};
  const choice = isOneOf(DIRECTIVE_CHOICES, input.choice) ? input.choice : undefined;
  if (!choice) errors.choice = "directives.choice.missing";
  const trusteeEmail = normaliseEmail(input.trusteeEmail);
  if (choice === "transmit") {
    if (input.trusteeName.trim() === "") errors.trusteeName = "directives.trustee.name";
    const problem = emailProblem(trusteeEmail);
    // The member's own address is not the one asked for here: say whose address is missing.
    if (problem)
      errors.trusteeEmail = problem === "account.email.missing" ? "directives.trustee.emailMissing" : problem;
    else if (trusteeEmail.toLowerCase() === member.email.toLowerCase())
      errors.trusteeEmail = "directives.trustee.self";
  }
  if (!input.consent) errors.directivesConsent = "directives.consent.missing";
  if (Object.keys(errors).length > 0 || !choice) return { ok: false, errors };
  const values = {
    choice,
    trusteeName: choice === "transmit" ? input.trusteeName.trim().slice(0, 200) : null,
    trusteeEmail: choice === "transmit" ? trusteeEmail : null,
    updatedAt: ctx.clock.now(),
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .insert(deathDirectives)
      .values({ accountId: member.id, ...values })
      .onConflictDoUpdate({ target: deathDirectives.accountId, set: values });
    await recordConsent(tx, {
      accountId: member.id,
      purpose: "death_directives",
      decision: "granted",
      channel: "account",
      wordingHash: await storeWording(tx, "death_directives", "granted", member.locale ?? "fr"),
      evidence: { ...evidence, page: `${evidence.page}#${choice}` },
      at: ctx.clock.now(),
    });
  });
  return { ok: true };
}

export async function revokeDirectives(ctx: AppContext, member: Actor, evidence: Evidence): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const gone = await tx.delete(deathDirectives).where(eq(deathDirectives.accountId, member.id)).returning();
    if (gone.length === 0) return;
    await recordConsent(tx, {
      accountId: member.id,
      purpose: "death_directives",
      decision: "withdrawn",
      channel: "account",
      wordingHash: await storeWording(tx, "death_directives", "withdrawn", member.locale ?? "fr"),
      evidence,
      at: ctx.clock.now(),
    });
  });
}

export async function deathReportList(ctx: AppContext): Promise<DeathReport[]> {
  return ctx.db.select().from(deathReports).orderBy(desc(deathReports.reportedAt)).limit(200);
}

export async function findDeathReport(ctx: AppContext, id: number): Promise<DeathReport | undefined> {
  const [report] = await ctx.db.select().from(deathReports).where(eq(deathReports.id, id));
  return report;
}

/** The DPO records a reported death, with what proves it (a death certificate seen, a notary's letter). */
export async function reportDeath(
  ctx: AppContext,
  dpo: Actor,
  input: { email: string; evidence: string },
): Promise<{ ok: true; id: number } | { ok: false; errors: FieldErrors }> {
  const email = normaliseEmail(input.email);
  const errors: FieldErrors = {};
  const account = email ? await accountOf(ctx.db, { accountId: null, email }) : undefined;
  if (!account || isStaffRole(account.role)) errors.email = "death.email.unknown";
  if (input.evidence.trim() === "") errors.evidence = "death.evidence.missing";
  if (!account || Object.keys(errors).length > 0) return { ok: false, errors };
  // One command: the report and its audit entry are written together or not at all.
  const report = await runCommand(ctx, async (ctx) => {
    const [report] = await ctx.db
      .insert(deathReports)
      .values({
        accountId: account.id,
        email: account.email,
        evidence: input.evidence.trim(),
        reportedBy: dpo.id,
      })
      .returning();
    await recordAudit(ctx.db, {
      actorId: dpo.id,
      actorRole: dpo.role,
      action: "privacy.death_reported",
      subjectType: "account",
      subjectId: account.id,
    });
    return report!;
  });
  return { ok: true, id: report.id };
}

/**
 * Carries out the member's directives (or the default: the account closed and kept), as one
 * command: the data sent to the trustee (the message queued in the outbox), the erasure or the
 * closing with the end of the sessions, the report marked executed and the audit entry go together
 * or not at all. Two DPOs executing at once: the second waits, then is told it is done already.
 */
export async function executeDirectives(
  ctx: AppContext,
  dpo: Actor,
  reportId: number,
): Promise<DirectiveChoice | undefined> {
  return runCommand(ctx, async (ctx) => {
    await lockSubject(ctx, "privacy_death_report", reportId);
    const report = await findDeathReport(ctx, reportId);
    if (!report) throw notFound();
    if (report.executedAt) throw new DomainError("directives_executed", 409, "death.alreadyExecuted");
    if (!report.accountId) return undefined;
    const account = await accountOf(ctx.db, { accountId: report.accountId, email: null });
    if (!account) return undefined;
    const directives = await directivesOf(ctx, account.id);
    const choice = directives?.choice ?? "keep";
    if (choice === "transmit" && directives?.trusteeEmail) {
      const i18n = i18nFor(account.locale ?? ctx.config.defaultLocale);
      await ctx.outbox.queue(ctx.db, {
        key: `privacy.directives:${report.id}`,
        category: "privacy.directives",
        to: directives.trusteeEmail,
        ...composeMail(i18n, ctx.config.bankName, {
          subject: i18n.t("mail.directives.subject", { bank: ctx.config.bankName }),
          greeting: i18n.t("mail.directives.greeting", { name: directives.trusteeName ?? "" }),
          paragraphs: [
            i18n.t("mail.directives.body", { name: account.displayName }),
            i18n.t("mail.privacyRequest.contact", { contact: ctx.config.dpoContact }),
          ],
        }),
        attachments: [
          {
            filename: "donnees.zip",
            contentType: "application/zip",
            content: await personalDataZip(ctx, { accountId: account.id, email: account.email }, i18n.locale),
          },
        ],
      });
    }
    if (choice === "erase") {
      await eraseMember(
        ctx.db,
        { accountId: account.id, email: account.email },
        {
          withdrawPosts: false,
          locale: ctx.config.defaultLocale,
          suppressionKey: suppressionKey(ctx.config),
          now: ctx.clock.now(),
        },
      );
    } else {
      await deactivateAccount(ctx.db, account.id, ctx.clock.now());
      await closeAllSessions(ctx.db, account.id);
    }
    await ctx.db
      .update(deathReports)
      .set({
        executedChoice: choice,
        executedAt: ctx.clock.now(),
        accountId: choice === "erase" ? null : account.id,
      })
      .where(eq(deathReports.id, report.id));
    await recordAudit(ctx.db, {
      actorId: dpo.id,
      actorRole: dpo.role,
      action: "privacy.death_directives_executed",
      subjectType: "account",
      subjectId: account.id,
      details: { choice, hadDirectives: Boolean(directives) },
    });
    await ctx.pagesChanged();
    return choice;
  });
}
