import { and, eq, isNull, lte } from "drizzle-orm";
import { runCommand } from "../../platform/commands.ts";
import type { AppContext } from "../../platform/context.ts";
import type { ScheduledJob } from "../../platform/jobs/jobs.ts";
import { invitationKey, invitationMail } from "./invitations.ts";
import { refusingInvitations } from "./invitations-audience.ts";
import { surveyDistributions, surveyInvitations } from "./invitations-schema.ts";
import { invitationTokenHash, newInvitationToken } from "./invitations-token.ts";
import { invitedWave } from "./invitations-wave.ts";

/**
 * The one reminder of a sending: when its time comes, those of its invitations not answered get
 * one more e-mail, unless they objected or opted out since, or the wave has closed. The hourly schedule runs once
 * per cluster, and each sending is claimed (`reminded_at`) in the command that queues its e-mails,
 * so a reminder goes once. Only a link's hash is kept, so a reminder carries a second link to the
 * same invitation (its hash kept beside the first): either opens the same draft, and answering
 * through one makes both say it was answered.
 */
export async function sendDueReminders(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const due = await ctx.db
    .select({ id: surveyDistributions.id })
    .from(surveyDistributions)
    .where(and(isNull(surveyDistributions.remindedAt), lte(surveyDistributions.remindAt, now)))
    .orderBy(surveyDistributions.remindAt)
    .limit(100);
  let sent = 0;
  for (const { id } of due) sent += await remind(ctx, id);
  return sent;
}

async function remind(ctx: AppContext, distributionId: number): Promise<number> {
  return runCommand(ctx, async (ctx) => {
    const now = ctx.clock.now();
    const [claimed] = await ctx.db
      .update(surveyDistributions)
      .set({ remindedAt: now, reminded: 0 })
      .where(and(eq(surveyDistributions.id, distributionId), isNull(surveyDistributions.remindedAt)))
      .returning({ waveId: surveyDistributions.waveId });
    if (!claimed) return 0;
    const wave = await invitedWave(ctx, claimed.waveId);
    if (wave?.state !== "open") return 0;
    // Not answered (a begun draft included), not reminded yet.
    const waiting = await ctx.db
      .select({ id: surveyInvitations.id, email: surveyInvitations.email, locale: surveyInvitations.locale })
      .from(surveyInvitations)
      .where(
        and(
          eq(surveyInvitations.distributionId, distributionId),
          isNull(surveyInvitations.answeredAt),
          isNull(surveyInvitations.remindedAt),
        ),
      );
    const refusing = await refusingInvitations(
      ctx,
      waiting.map((row) => row.email),
    );
    const reminded = waiting.filter((row) => !refusing.has(row.email.toLowerCase()));
    for (const row of reminded) {
      const token = newInvitationToken(invitationKey(ctx));
      await ctx.db
        .update(surveyInvitations)
        .set({ reminderTokenHash: invitationTokenHash(token), remindedAt: now })
        .where(eq(surveyInvitations.id, row.id));
      await ctx.outbox.queue(ctx.db, {
        key: `surveys.reminder:${row.id}`,
        category: "surveys.reminder",
        to: row.email,
        ...invitationMail(ctx, wave, row, token, "reminder"),
      });
    }
    await ctx.db
      .update(surveyDistributions)
      .set({ reminded: reminded.length })
      .where(eq(surveyDistributions.id, distributionId));
    return reminded.length;
  });
}

/** Hourly, once per cluster. */
export function reminderSchedule(ctx: AppContext): ScheduledJob {
  return { name: "survey-reminders", cron: "25 * * * *", run: () => sendDueReminders(ctx) };
}
