import { desc, eq, sql } from "drizzle-orm";
import { recordAudit } from "../../platform/audit/service.ts";
import type { Actor } from "../../platform/auth/actor.ts";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import { i18nFor } from "../../platform/i18n/index.ts";
import { composeMail } from "../../platform/mail/compose.tsx";
import type { FieldErrors } from "../../platform/views/components.tsx";
import { normaliseTags } from "../newsletter/index.ts";
import { type AudienceChoice, chooseInvitees, type Invitee } from "./invitations-audience.ts";
import { optOutUrl } from "./invitations-opt-out.ts";
import { surveyDistributions, surveyInvitations } from "./invitations-schema.ts";
import { invitationTokenHash, newInvitationToken } from "./invitations-token.ts";
import { closing, type InvitedWave, invitedWave } from "./invitations-wave.ts";

/**
 * Sending a wave's invitations: one command chooses the people (invitations-audience.ts), writes
 * one invitation per person not yet invited to the wave, and queues each e-mail in the same
 * transaction (the outbox sends them after commit). The link is single-use and signed; only its
 * hash is kept. One reminder may be planned (invitations-reminders.ts).
 */
export const REMINDER_DAYS_MAX = 60;
const BATCH = 500;

export const invitationPath = (token: string) => `/sondages/invitation/${token}`;
/** The key invitation tokens are sealed with, derived from the application's secret. */
export const invitationKey = (ctx: AppContext) => `survey-invitations\u0000${ctx.config.sessionSecret}`;

export interface SendTyped {
  contacts: boolean;
  lists: string[];
  tags: string;
  members: boolean;
  /** Days after sending for the one reminder; empty: none. */
  reminderDays: string;
}

export type SendOutcome =
  | { ok: true; invited: number; objected: number; alreadyInvited: number }
  | { ok: false; errors: FieldErrors };

function checked(typed: SendTyped, wave: InvitedWave | undefined, now: Date) {
  const errors: FieldErrors = {};
  if (!wave) errors.wave = "surveys.invitations.waveUnknown";
  else if (wave.state === "closed") errors.wave = "surveys.invitations.waveClosed";
  if (!typed.contacts && !typed.members) errors.audience = "surveys.invitations.audienceMissing";
  const listIds = typed.lists.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
  let remindAt: Date | null = null;
  const days = typed.reminderDays.trim();
  if (days !== "") {
    const n = /^\d{1,3}$/.test(days) ? Number(days) : Number.NaN;
    if (!(n >= 1 && n <= REMINDER_DAYS_MAX)) errors.reminderDays = "surveys.invitations.reminderDaysInvalid";
    else {
      remindAt = new Date(now.getTime() + n * 86_400_000);
      if (wave && remindAt > closing(wave)) errors.reminderDays = "surveys.invitations.reminderAfterClosing";
    }
  }
  return { errors, listIds, tags: normaliseTags(typed.tags), remindAt };
}

export async function sendInvitations(
  ctx: AppContext,
  actor: Actor,
  waveId: number,
  typed: SendTyped,
): Promise<SendOutcome> {
  return runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const wave = await invitedWave(ctx, waveId);
    const { errors, listIds, tags, remindAt } = checked(typed, wave, now);
    if (!wave || Object.keys(errors).length > 0) return { ok: false, errors } as const;
    // One sending of a wave at a time: two at once would both think the same people uninvited.
    await ctx.db.execute(sql`select pg_advisory_xact_lock(hashtext('survey-invitations'), ${waveId})`);
    const choice: AudienceChoice = { contacts: typed.contacts, listIds, tags, members: typed.members };
    const { invitees, objected } = await chooseInvitees(ctx, choice);
    const [distribution] = await ctx.db
      .insert(surveyDistributions)
      .values({
        waveId,
        ...choice,
        listIds,
        tags,
        sentBy: actor.id,
        sentAt: now,
        invited: 0,
        objected,
        remindAt,
      })
      .returning({ id: surveyDistributions.id });
    let invited = 0;
    for (let i = 0; i < invitees.length; i += BATCH)
      invited += await invite(ctx, wave, distribution!.id, invitees.slice(i, i + BATCH), now);
    await ctx.db
      .update(surveyDistributions)
      .set({ invited })
      .where(eq(surveyDistributions.id, distribution!.id));
    await recordAudit(ctx.db, {
      actorId: actor.id,
      actorRole: actor.role,
      action: "surveys.invitations_sent",
      subjectType: "survey_wave",
      subjectId: waveId,
      details: { invited, objected, contacts: choice.contacts, listIds, tags, members: choice.members },
    });
    return { ok: true, invited, objected, alreadyInvited: invitees.length - invited } as const;
  });
}

/** Writes the invitations of people not yet invited to the wave, and queues their e-mails. */
async function invite(
  ctx: AppContext,
  wave: InvitedWave,
  distributionId: number,
  invitees: readonly Invitee[],
  now: Date,
): Promise<number> {
  const tokens = new Map<string, string>();
  const rows = invitees.map((invitee) => {
    const token = newInvitationToken(invitationKey(ctx));
    const tokenHash = invitationTokenHash(token);
    tokens.set(tokenHash, token);
    return { ...invitee, distributionId, waveId: wave.id, tokenHash, sentAt: now };
  });
  const written = await ctx.db
    .insert(surveyInvitations)
    .values(rows)
    .onConflictDoNothing({ target: [surveyInvitations.waveId, surveyInvitations.email] })
    .returning({
      id: surveyInvitations.id,
      email: surveyInvitations.email,
      locale: surveyInvitations.locale,
      tokenHash: surveyInvitations.tokenHash,
    });
  for (const row of written)
    await ctx.outbox.queue(ctx.db, {
      key: `surveys.invitation:${row.id}`,
      category: "surveys.invitation",
      to: row.email,
      ...invitationMail(ctx, wave, row, tokens.get(row.tokenHash)!, "invitation"),
    });
  return written.length;
}

/** The invitation's e-mail, or its reminder: the survey, whether it is anonymous, the link, until when. */
export function invitationMail(
  ctx: AppContext,
  wave: InvitedWave,
  to: { email: string; locale: "fr" | "en" },
  token: string,
  kind: "invitation" | "reminder",
) {
  const { email, locale } = to;
  const i18n = i18nFor(locale);
  const { t } = i18n;
  const title = wave.title[locale];
  return composeMail(i18n, ctx.config.bankName, {
    subject: t(`surveys.invitations.mail.${kind}.subject`, { title }),
    greeting: t("surveys.invitations.mail.greeting"),
    paragraphs: [
      t(`surveys.invitations.mail.${kind}.text`, { bank: ctx.config.bankName, title }),
      t(`surveys.invitations.mail.mode.${wave.mode}`),
    ],
    action: {
      label: t("surveys.invitations.mail.action"),
      url: new URL(invitationPath(token), ctx.config.baseUrl).href,
    },
    footnote: t("surveys.invitations.mail.footnote", { date: i18n.date(closing(wave)) }),
    unsubscribe: { label: t("surveys.invitations.mail.optOut"), url: optOutUrl(ctx, email) },
  });
}

/** A wave's sendings, newest first. */
export function distributionsOf(ctx: AppContext, waveId: number) {
  return ctx.db
    .select()
    .from(surveyDistributions)
    .where(eq(surveyDistributions.waveId, waveId))
    .orderBy(desc(surveyDistributions.id));
}
