import { isoDay, startOfParisDay } from "../../calendar/index.ts";
import type { Locale } from "../../config.ts";
import { recordAudit } from "../../platform/audit/service.ts";
import { isStaffRole } from "../../platform/auth/roles.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor, type MessageKey } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import { accountOf } from "../accounts/index.ts";
import { objectsToMessages } from "../newsletter/index.ts";
import type { InvitationRow, RowProblem } from "./invitation-input.ts";
import { invitationPath } from "./paths.ts";
import { type InvitationOrigin, reviewInvitationBatches, reviewInvitations } from "./schema.ts";
import { settingsNow } from "./settings.ts";
import { newLinkSecret, secretHash } from "./tokens.ts";

/**
 * Sending a batch of invitations: one command writes the batch in the register, one invitation
 * per row (a single-use link whose token only the e-mail holds; its SHA-256 is stored) and queues
 * each e-mail in the outbox, so the mails leave only if the batch is committed, and once.
 *
 * Everyone in the batch is written to, except a person who objected to the bank's messages
 * (the newsletter's opposition list): that is their choice, not the bank's, and the report names
 * their line; and except the bank's own people (a staff account's address, or one of the bank's
 * own domains, BANK_EMAIL_DOMAINS): their « Avis vérifié » would be a fake review, so the report
 * names their line too. A batch carrying a satisfaction filter never gets here: `refuseFilteredBatch`
 * writes its refusal in the register instead.
 */
export interface Invited {
  batchId: number;
  invited: number;
  /** Rows not written to, by line: the person objected to the bank's messages, or is the bank's own. */
  skipped: RowProblem[];
  /**
   * Each invitation's token, by line: only for a caller that writes the review itself at once
   * (the demo); no route returns it, and it is stored nowhere but in the e-mail.
   */
  tokens: ReadonlyMap<number, string>;
}

export interface BatchInput {
  origin: InvitationOrigin;
  /** The staff member who uploaded the file or resolved the conversation; null for the API. */
  createdBy: { id: number; role: string } | null;
  label: string;
  rows: readonly InvitationRow[];
  /** The inbox conversation resolved, for an invitation that follows one. */
  conversationId?: number;
  accountId?: number;
}

export async function inviteBatch(ctx: AppContext, input: BatchInput): Promise<Invited> {
  return runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const { invitationValidityDays } = await settingsNow(ctx);
    const expiresAt = new Date(now.getTime() + invitationValidityDays * 86_400_000);
    const skipped: RowProblem[] = [];
    const writable: InvitationRow[] = [];
    for (const row of input.rows) {
      const problem = await notToInvite(ctx, row.email);
      if (problem) skipped.push({ line: row.line, problem });
      else writable.push(row);
    }

    const batchId = await registerBatch(ctx, input, {
      invited: writable.length,
      refusedFilter: null,
      details: { invited: writable.length, skipped: skipped.length },
    });
    const tokens = new Map<number, string>();
    for (const row of writable) {
      const token = newLinkSecret();
      tokens.set(row.line, token);
      const locale: Locale = row.locale ?? ctx.config.defaultLocale;
      const [invitation] = await ctx.db
        .insert(reviewInvitations)
        .values({
          batchId,
          tokenHash: secretHash(token),
          email: row.email,
          firstName: row.firstName,
          lastName: row.lastName,
          accountId: input.accountId ?? null,
          externalReference: row.reference,
          conversationId: input.conversationId ?? null,
          product: row.product,
          experienceDate: isoDay(row.experienceOn),
          locale,
          expiresAt,
          sentAt: now,
          createdAt: now,
        })
        .returning({ id: reviewInvitations.id });
      await queueInvitationMail(ctx, {
        id: invitation!.id,
        token,
        row,
        locale,
        validityDays: invitationValidityDays,
      });
    }
    return { batchId, invited: writable.length, skipped, tokens };
  });
}

/** Why this address is not written to, if it is not: the person objected, or is the bank's own. */
async function notToInvite(ctx: AppContext, email: string): Promise<MessageKey | null> {
  if (isBankAddress(ctx.config.bankEmailDomains, email)) return "reviews.invitations.row.staff";
  const account = await accountOf(ctx.db, { accountId: null, email });
  if (account && isStaffRole(account.role)) return "reviews.invitations.row.staff";
  if (await objectsToMessages(ctx, email)) return "reviews.invitations.row.objected";
  return null;
}

/** Whether the address is at one of the bank's own domains or a subdomain of one. */
export function isBankAddress(domains: readonly string[], email: string): boolean {
  const domain = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  return domains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

/**
 * A batch refused because it carried a satisfaction filter: nothing is sent, and the register
 * keeps the attempt with the filter's name (the auditor sees that the bank tried, and was refused).
 */
export async function refuseFilteredBatch(
  ctx: AppContext,
  input: {
    origin: InvitationOrigin;
    createdBy: { id: number; role: string } | null;
    label: string;
    filter: string;
  },
): Promise<void> {
  await runCommand(ctx, (ctx) =>
    registerBatch(ctx, input, { invited: 0, refusedFilter: input.filter, details: { filter: input.filter } }),
  );
}

/** The batch's line in the register, and its audit entry (sent, or refused for a filter). */
async function registerBatch(
  ctx: AppContext,
  input: { origin: InvitationOrigin; createdBy: { id: number; role: string } | null; label: string },
  outcome: { invited: number; refusedFilter: string | null; details: Record<string, unknown> },
): Promise<number> {
  const [batch] = await ctx.db
    .insert(reviewInvitationBatches)
    .values({
      origin: input.origin,
      createdBy: input.createdBy?.id ?? null,
      label: input.label.slice(0, 200),
      invited: outcome.invited,
      refusedFilter: outcome.refusedFilter?.slice(0, 200) ?? null,
      createdAt: ctx.clock.now(),
    })
    .returning({ id: reviewInvitationBatches.id });
  await recordAudit(ctx.db, {
    actorId: input.createdBy?.id ?? null,
    actorRole: input.createdBy?.role ?? null,
    action:
      outcome.refusedFilter === null ? "reviews.invitations_sent" : "reviews.invitations_filter_refused",
    subjectType: "review_invitation_batch",
    subjectId: batch!.id,
    details: { origin: input.origin, label: input.label, ...outcome.details },
  });
  return batch!.id;
}

async function queueInvitationMail(
  ctx: AppContext,
  mail: { id: number; token: string; row: InvitationRow; locale: Locale; validityDays: number },
) {
  const i18n = i18nFor(mail.locale);
  const { t } = i18n;
  const bank = ctx.config.bankName;
  await ctx.outbox.queue(ctx.db, {
    key: `reviews.invitation:${mail.id}`,
    category: "reviews.invitation",
    to: mail.row.email,
    ...composeMail(i18n, bank, {
      subject: t("reviews.invitations.mail.subject", { bank }),
      greeting: mail.row.firstName
        ? t("reviews.invitations.mail.greeting", { name: mail.row.firstName })
        : t("reviews.invitations.mail.greetingNoName"),
      paragraphs: [
        t("reviews.invitations.mail.body", { bank, date: i18n.date(startOfParisDay(mail.row.experienceOn)) }),
        t("reviews.invitations.mail.nothingGiven"),
      ],
      action: {
        label: t("reviews.invitations.mail.action"),
        url: new URL(invitationPath(mail.token), ctx.config.baseUrl).href,
      },
      footnote: t("reviews.invitations.mail.footnote", { days: mail.validityDays }),
    }),
  });
}
